import { nameKey, singular, slug } from '../../../src/domain/names';
import { entityId } from '../../../src/domain/ids';

describe('nameKey', () => {
  it('gives variants of one name the same key', () => {
    const keys = ['zk-Rollups', 'ZK rollup', 'zk rollups', 'ZK-Rollup'].map(nameKey);
    expect(new Set(keys)).toEqual(new Set(['zkrollup']));
  });

  it('drops possessives and keeps distinct names apart', () => {
    expect(nameKey("Ethereum's")).toBe(nameKey('Ethereum'));
    expect(nameKey('Plasma')).not.toBe(nameKey('Polygon'));
  });

  it('keeps words ending in -ss or -us whole', () => {
    expect(nameKey('consensus')).toBe('consensus');
    expect(nameKey('Proof of Stake process')).toBe('proofofstakeprocess');
  });
});

describe('entityId', () => {
  it('joins a kebab-case type and a slug of the name', () => {
    expect(entityId('Technique', 'Fraud Proofs')).toBe('technique:fraud-proofs');
    expect(entityId('UseCase', 'Cross-border Payments')).toBe('use-case:cross-border-payments');
    expect(slug('  Ünïcode & Co. ')).toBe('unicode-co');
  });
});

describe('singular', () => {
  it('drops a plural ending and keeps -ss, -us and -is words', () => {
    expect(singular('rollups')).toBe('rollup');
    expect(singular('technologies')).toBe('technology');
    expect(singular('consensus')).toBe('consensus');
    expect(singular('basis')).toBe('basis');
  });
});
