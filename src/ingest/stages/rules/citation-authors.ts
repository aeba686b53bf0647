import type { Lexicon } from '../../lexicon';
import type { Sentence } from '../../types';
import { discovered, type Found } from '../discover';

/** One author: capitalised words or initials, hyphens inside ("Shi-han", "Micah J", "El Housni"). */
const AUTHOR_WORDS = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}$/u;
/** "Roe, Jane": a family name, a comma, then given names. */
const INVERTED = /^([^,]+),\s*([^,]+)$/;

/**
 * The people of a citation's author field ("Jane Roe and Ravi Ostrane", "Roe, Jane and Ostrane, Ravi", "Roe, J., &
 * Ostrane, R."), each named given name first; an inverted form is kept as the alias. "and others" and anything not
 * shaped like a name are left out.
 */
export function citationAuthors(s: Sentence, lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  // Each author runs from the end of one separator (" and ", "&", or the comma after an initial's full stop) to the next.
  const bounds = [...s.text.matchAll(/\s+and\s+|,?\s*&\s*|(?<=\.),\s+/g)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const parts = [0, ...bounds.map(([, after]) => after)].map((from, k) => [from, bounds[k]?.[0] ?? s.text.length] as const);
  for (const [from, to] of parts) {
    const raw = s.text.slice(from, to);
    const surface = raw.trim().replace(/[\s,]+$/, '');
    const inverted = INVERTED.exec(surface);
    const name = (inverted ? `${(inverted[2] as string).trim()} ${(inverted[1] as string).trim()}` : surface).replace(/\s+/g, ' ');
    if (!AUTHOR_WORDS.test(name)) continue;
    const start = s.start + from + (raw.length - raw.trimStart().length);
    out.push(discovered(start, start + surface.length, name, 'Person', 'discover:citation-author', lexicon, inverted ? surface : null));
  }
  return out;
}
