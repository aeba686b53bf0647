import type { EntityType } from '../../../domain/vocabulary';
import type { Lexicon } from '../../lexicon';
import { CLASS_TYPES, NAMED_TYPES, singular } from '../../text/english';
import type { Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import { discovered, headType, isPluralNoun, type Found } from '../discover';

/** Separators between the names of a parenthesized list: commas, "and", "or". */
const SEPARATOR = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/giu;
/** A lead-in before listed examples ("e.g.", "such as"), dropped. */
const LEAD_IN = /^(?:e\.g\.|such as|including)[,\s]*/iu;

/**
 * "Hosted wallets (Tessbar, Quorrel and Vexmoor) hold the keys", "**Self-custodial wallets** (Phoenix, Zeus): …": a
 * plural common noun (with up to two words before it) right before parentheses that list two or more capitalised
 * names. The names are things of the class (typed by its head noun when that names a kind of thing, else weakly as
 * projects) and the class is a term (`parenthesizedExamples` relates them). Returns the names and the class the
 * sentence does not hold yet.
 */
export function parenthesizedLists(s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  const covered = (start: number, end: number) => [...found, ...out].some((f) => !f.nested && f.start < end && start < f.end);
  for (const m of s.text.matchAll(/\(([^()\n]{3,160})\)/gu)) {
    const open = s.start + (m.index ?? 0);
    const headAt = toks.findLastIndex((t) => t.end <= open);
    const head = toks[headAt];
    if (!head || !/^[*_]*\s*$/.test(s.text.slice(head.end - s.start, open - s.start))) continue;
    if (!isPluralNoun(head) || !/^\p{Ll}/u.test(head.text)) continue;
    const names = listedNames(m[1] as string, open + 1);
    if (names.length < 2) continue;
    // The class: the plural noun and up to two adjectives or nouns right before it, joined by spaces or hyphens.
    let from = headAt;
    while (from > 0 && headAt - from < 2) {
      const before = toks[from - 1] as Token;
      const gap = s.text.slice(before.end - s.start, (toks[from] as Token).start - s.start).replace(/[*_]/g, '');
      const word = ['ADJ', 'NOUN'].includes(before.pos ?? '') || (before.pos === 'VERB' && /ed$/.test(before.lower));
      if (!/^[\s-]*$/.test(gap) || !word || lexicon.stopwords.has(before.lower)) break;
      // (A capitalised word joins only where it opens the sentence: "Hosted wallets (…)".)
      if (!/^\p{Ll}/u.test(before.text) && from - 1 > 0) break;
      from -= 1;
    }
    const words = toks.slice(from, headAt + 1);
    const kind = lexicon.typeByWord.get(singular(head.lower)) ?? lexicon.typeByWord.get(head.lower);
    const memberType: EntityType = kind !== undefined && NAMED_TYPES.has(kind) ? kind : 'Project';
    for (const n of names) {
      if (covered(n.start, n.end)) continue;
      out.push({ ...discovered(n.start, n.end, n.text, memberType, 'discover:paren-example', lexicon), weakType: memberType === 'Project' && kind !== 'Project' });
    }
    const start = (words[0] as Token).start;
    // ("its four functions (Govern, Map, …)": a bare noun of parts names no class.)
    // ("three sponsors (Acme, Borealis)": nor does a bare noun the lexicon gives no kind of thing, which only counts them.)
    if (covered(start, head.end) || (words.length === 1 && (lexicon.partNouns.has(head.lower) || kind === undefined))) continue;
    const own = headType(words, lexicon);
    const name = s.text.slice(start - s.start, head.end - s.start);
    out.push(discovered(start, head.end, name, own !== undefined && CLASS_TYPES.has(own) ? own : 'Concept', 'discover:paren-class', lexicon));
  }
  return out;
}

/** The names a parenthesized list holds, with their offsets; none unless every item looks like a name (1–4 words, a capital, no bare number). */
function listedNames(inner: string, offset: number): { start: number; end: number; text: string }[] {
  const lead = LEAD_IN.exec(inner)?.[0].length ?? 0;
  const items: { start: number; end: number; text: string }[] = [];
  let at = lead;
  const pieces = [...inner.slice(lead).matchAll(SEPARATOR)].map((sep) => ({ index: lead + (sep.index ?? 0), length: sep[0].length }));
  for (const sep of [...pieces, { index: inner.length, length: 0 }]) {
    const raw = inner.slice(at, sep.index);
    const text = raw.trim();
    const start = offset + at + (raw.length - raw.trimStart().length);
    items.push({ start, end: start + text.length, text });
    at = sep.index + sep.length;
  }
  const nameLike = (t: string) => /^(?:[\p{Lu}\p{N}]|\p{Ll}+\p{Lu})[\p{L}\p{N}.+&'’ -]*$/u.test(t) && /\p{Lu}/u.test(t) && /\p{L}/u.test(t) && t.split(/\s+/).length <= 4 && t.length <= 40;
  return items.every((i) => nameLike(i.text)) ? items : [];
}
