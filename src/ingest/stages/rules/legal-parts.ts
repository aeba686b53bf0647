import type { Lexicon } from '../../lexicon';
import type { Sentence } from '../../types';
import { discovered, type Found } from '../discover';

/** A number, with its sub-paragraphs glued on ("6(1)(c)", "53(2)", "5a"), or a Roman numeral ("III"). */
const NUMBER = /^\s+(\d+[a-z]?(?:\(\w{1,4}\))*|[IVXLC]+\b)/;

/**
 * "Article 22", "Art. 9", "Annex III", "Article 6(1)(c)", "clause 9": a numbered part of a law or
 * standard is a name of its own, typed Regulation (lexicon `legalParts` holds the words that number
 * them). Which law it belongs to is the relation stage's business (`legalPartOf`). A part that a
 * longer name already covers is left to that name.
 */
export function legalParts(s: Sentence, found: readonly Found[], lexicon: Lexicon): Found[] {
  if (lexicon.legalParts.size === 0) return [];
  const out: Found[] = [];
  const word = /[\p{L}.]+/gu;
  for (const m of s.text.matchAll(word)) {
    const text = m[0];
    const at = m.index ?? 0;
    const lower = text.toLowerCase();
    // ("Art." keeps its full stop; "article." at a sentence's end has none to keep.)
    const key = lexicon.legalParts.has(lower) ? lower : lexicon.legalParts.has(lower.replace(/\.$/, '')) ? lower.replace(/\.$/, '') : undefined;
    if (key === undefined || (at > 0 && /[\p{L}\p{N}]/u.test(s.text.charAt(at - 1)))) continue;
    const number = NUMBER.exec(s.text.slice(at + text.length));
    if (!number) continue;
    // ("the article 3 days ago": a lower-case word numbers a part only when the law follows: "clause 9 of ISO/IEC 42001".)
    const rest = s.text.slice(at + text.length + number[0].length);
    if (/^\p{Ll}/u.test(text) && !/^\s+of\s/.test(rest)) continue;
    const surface = `${text.replace(/\.$/, key.endsWith('.') ? '.' : '')} ${number[1]}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const start = s.start + at;
    const end = start + text.length + (number[0].length - (number[1] as string).length) + (number[1] as string).length;
    if (found.some((f) => !f.nested && f.start < end && start < f.end)) continue;
    out.push(discovered(start, end, surface, 'Regulation', 'discover:legal-part', lexicon));
  }
  return out;
}
