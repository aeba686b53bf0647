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
  // A word with its full stop ("Art."): the lexicon says which words are abbreviations.
  for (const m of s.text.matchAll(/\p{L}+\.?/gu)) {
    const at = m.index ?? 0;
    const text = lexicon.legalParts.has(m[0].toLowerCase()) ? m[0] : m[0].replace(/\.$/, '');
    if (!lexicon.legalParts.has(text.toLowerCase()) || (at > 0 && /[\p{L}\p{N}]/u.test(s.text.charAt(at - 1)))) continue;
    const number = NUMBER.exec(s.text.slice(at + text.length));
    if (!number) continue;
    const end = s.start + at + text.length + number[0].length;
    // ("the article 3 days ago": a lower-case word numbers a part only when the law follows: "clause 9 of ISO/IEC 42001".)
    if (/^\p{Ll}/u.test(text) && !/^\s+of\s/.test(s.text.slice(end - s.start))) continue;
    const start = s.start + at;
    if (found.some((f) => !f.nested && f.start < end && start < f.end)) continue;
    const surface = `${text} ${number[1]}`.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    out.push(discovered(start, end, surface, 'Regulation', 'discover:legal-part', lexicon));
  }
  return out;
}
