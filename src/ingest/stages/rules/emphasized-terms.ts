import { isEnglishWord } from '../../text/pos';
import type { Lexicon } from '../../lexicon';
import { hasCapital, type Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import { discovered, headType, type Found } from '../discover';

/** A span set in bold inside a sentence: `**Local Exit Tree**`, `__shared sequencer__`. */
const BOLD = /(\*\*|__)(?=\S)([^*_\n]{2,60}?)(?<=\S)\1/g;
/** The tags a term's words may carry: names, nouns, their modifiers and numbers. */
const TERM_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'X']);
const MAX_WORDS = 5;
/** " (MU)", " (zk-VM)": a short form in parentheses closing a bold span. */
const SHORT_FORM_AFTER = /\s+\([^()\s]{1,12}\)$/u;

/**
 * "Each chain maintains a data structure called a **Local Exit Tree**": a noun phrase the writer sets in bold inside
 * a sentence is a term the text introduces. (A bold span that opens its sentence is a label, read by the item and
 * heading rules.) A phrase of two words or more, or one with a head noun the lexicon types ("a **shared sequencer**"), is a term;
 * one word alone only when it is coined ("**Tessbar**", "**zkVM**"), not a plain word ("**soundness**", "**Trial**"). Typed by its
 * head noun, else weakly: a Project when a word is no dictionary word ("**Tessbar**"), a Concept otherwise.
 */
export function emphasizedTerms(s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  for (const m of s.text.matchAll(BOLD)) {
    const start = s.start + (m.index ?? 0) + 2;
    // ("**Machine Unlearning (MU)**": a short form in parentheses is the acronym rule's; the term ends before it.)
    const bold = (m[2] as string).replace(SHORT_FORM_AFTER, '');
    const end = start + bold.length;
    // ("**Voting period:** 7 days", "**Differential privacy.** We add noise": bold closed by a stop or a colon is a label.)
    if (/[.,;:!?]$/u.test(bold) || /[()]/.test(bold)) continue;
    if (!/[\p{L}\p{N}][^\p{L}\p{N}]*$/u.test(s.text.slice(0, start - 2 - s.start))) continue;
    const words = toks.filter((t) => t.start >= start && t.end <= end);
    const last = words[words.length - 1];
    if (words.length === 0 || words.length > MAX_WORDS || last === undefined) continue;
    if (!words.every((w) => TERM_TAGS.has(w.pos ?? '') && !lexicon.stopwords.has(w.lower) && !lexicon.junkWords.has(w.lower))) continue;
    if (last.pos !== 'NOUN' && last.pos !== 'PROPN' && last.pos !== 'X') continue;
    if (found.some((f) => !f.nested && f.start <= start && end <= f.end)) continue;
    const type = headType(words, lexicon);
    const capitalised = words.some((w) => hasCapital(w.text));
    // (One plain dictionary word, "**soundness**", "**Trial**", states a quality or a label; a coined one names a thing.)
    if (words.length < 2 && type === undefined && (!capitalised || (isEnglishWord(last.lower) && !/\p{Ll}\p{Lu}|\p{N}/u.test(last.text)))) continue;
    const name = s.text.slice(start - s.start, end - s.start);
    const f = discovered(start, end, name, type ?? 'Concept', 'discover:emphasized', lexicon);
    if (type !== undefined) out.push(f);
    else out.push({ ...f, type: words.some((w) => !isEnglishWord(w.lower)) ? 'Project' : 'Concept', weakType: true });
  }
  return out;
}
