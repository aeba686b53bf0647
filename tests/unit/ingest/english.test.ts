import { nameKey } from '../../../src/domain/names';
import { acronymSingular, nounKey, pluralForms, sameNoun } from '../../../src/ingest/text/english';

describe('text/english: the one plural rule the stages share', () => {
  it('gives the singular nameKey uses, so a word and its plural share a key', () => {
    expect(['Rollups', 'proofs', 'Bodies', 'channel'].map(nounKey)).toEqual(['rollup', 'proof', 'body', 'channel']);
    // Words that only end like a plural keep their form.
    expect(['consensus', 'analysis', 'address'].map(nounKey)).toEqual(['consensus', 'analysis', 'address']);
    expect(nameKey('Payment Channels')).toBe(nameKey('payment channel'));
  });

  it('lists the forms of a lexicon noun: itself, "+s" and "y" → "ies"', () => {
    expect(pluralForms('proof')).toEqual(['proof', 'proofs']);
    expect(pluralForms('body')).toEqual(['body', 'bodys', 'bodies']);
    // "bias" types only as itself: the rule reads no other form back to it (it even reads "bias" as "bia").
    expect(pluralForms('bias')).toEqual(['bias']);
  });

  it('matches a noun with its plural either way, and nothing else', () => {
    expect(sameNoun('rollup', 'rollups')).toBe(true);
    expect(sameNoun('rollups', 'rollup')).toBe(true);
    expect(sameNoun('rollup', 'roll')).toBe(false);
  });

  it('drops the plural "s" after an acronym capital only', () => {
    expect(acronymSingular('ZKPs')).toBe('ZKP');
    expect(acronymSingular('DAOs')).toBe('DAO');
    expect(acronymSingular('Plasma')).toBe('Plasma');
    expect(acronymSingular('rollups')).toBe('rollups');
  });
});
