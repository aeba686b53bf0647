/**
 * The lookup key of a name: case-, hyphen-, space-, possessive- and plural-insensitive, so
 * "Validity proof", "validity-Proofs" and "validity proofs" share one key. Ingest and API both match on it.
 * @example nameKey("validity-Proofs") === nameKey("Validity proof") // "validityproof"
 */
export function nameKey(name: string): string {
  return nameWords(name).join('');
}

/** The words `nameKey` joins: lower case, without punctuation or a possessive, the last one singular ("Non-interactive Dispute Games" → non, interactive, dispute, game). */
export function nameWords(name: string): string[] {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  const last = words.pop();
  return last === undefined ? [] : [...words, singular(last)];
}

/** The singular of one lower-case word, by the same rule `nameKey` applies to a name's last word. */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Whether the spellings of one name ("Quorrel", "Quorrel - Quick Ordered Rollup Relay") hold at least half of a line's
 * letters and digits, an aside in parentheses left out ("Quorrel (sidechain)"): the line is that name, not a phrase about it.
 */
export function namesMostOf(line: string, spellings: readonly string[]): boolean {
  const letters = (t: string) => t.replace(/\([^)]*\)/g, '').replace(/[^\p{L}\p{N}]/gu, '').length;
  return spellings.reduce((n, t) => n + letters(t), 0) * 2 >= letters(line);
}

/** A URL- and id-safe slug: "Validity Proofs" → "validity-proofs". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
