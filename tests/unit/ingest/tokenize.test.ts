import { hasCapital, isCapitalized, joinsName, joinsNameAt, startsLower, tokenize } from '../../../src/ingest/text/tokenize';
import { normalize } from '../../../src/ingest/stages/segment';

/** The definition the scanner must agree with: runs of letters, decimal digits and letter numbers (`[\p{L}\p{Nd}\p{Nl}]`). */
function reference(text: string, offset = 0): { start: number; text: string; lower: string }[] {
  return [...text.matchAll(/[\p{L}\p{Nd}\p{Nl}]+/gu)].map((m) => ({ start: offset + (m.index ?? 0), text: m[0], lower: m[0].toLowerCase() }));
}

describe('tokenize', () => {
  const samples = [
    'Polygon, formerly known as Matic Network, uses zk-Rollups.',
    'Café naïve Ærø — 3½ ½ Straße İstanbul ΣΑΣ',
    'emoji 🚀rocket 𝐀𝐁𝐂 math letters, lone \ud800 surrogate',
    '  leading and trailing  ',
    '',
  ];
  it('leaves marks out of a word: "Roe¹," is "Roe", "3½" is "3"', () => {
    expect(tokenize('Jane Roe¹, Wei Lin² and 3½').map((t) => t.text)).toEqual(['Jane', 'Roe', 'Wei', 'Lin', 'and', '3']);
  });

  it.each(samples)('agrees with the regex definition on %j', (text) => {
    expect(tokenize(text, 7).map(({ start, text: t, lower }) => ({ start, text: t, lower }))).toEqual(reference(text, 7));
  });

  it('splits glue words stuck to a name, keeps camel-case names whole', () => {
    const words = tokenize('known asMatic and zkSync', 0, new Set(['as'])).map((t) => `${t.text}@${t.start}-${t.end}`);
    expect(words).toEqual(['known@0-5', 'as@6-8', 'Matic@8-13', 'and@14-17', 'zkSync@18-24']);
  });
});

describe('character tests', () => {
  it('match their Unicode definitions', () => {
    for (const w of ['Arbitrum', 'arbitrum', '2024', 'Ärger', 'über', 'zkSync', 'ǅ', '', '-x']) {
      expect(isCapitalized(w)).toBe(/^[\p{Lu}\p{N}]/u.test(w));
      expect(startsLower(w)).toBe(/^\p{Ll}/u.test(w));
      expect(hasCapital(w)).toBe(/\p{Lu}/u.test(w));
    }
  });

  it('joinsNameAt is joinsName without slicing', () => {
    const text = 'a b-c – d, e  f/g';
    for (let i = 0; i < text.length; i += 1) {
      for (let j = i; j <= Math.min(text.length, i + 4); j += 1) expect(joinsNameAt(text, i, j)).toBe(joinsName(text.slice(i, j)));
    }
  });
});

describe('normalize', () => {
  it('ignores case, spacing and final punctuation', () => {
    const reference = (t: string) =>
      t
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/[\s.!?;:,]+$/, '')
        .trim();
    for (const t of ['Hello  World.', ' A\tb ;: ', 'Plain text', 'Ends with space . ', '\u00a0x\u00a0', '...']) expect(normalize(t)).toBe(reference(t));
  });
});
