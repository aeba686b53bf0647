import { isPresentVerb, singular, TERM_TYPES } from '../../text/english';
import type { Lexicon } from '../../lexicon';
import type { Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import { discovered, type Found } from '../discover';

const TERM_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN', 'VERB', 'X']);
const MAX_WORDS = 4;

/**
 * Lower-case technical terms: "threshold signatures", "model poisoning", "crypto-shredding".
 * A noun-phrase chunk (nouns and adjectives joined by spaces or hyphens, ending in a noun) is a
 * term when its head noun types it as a technique, challenge or use case, when it is hyphenated,
 * or when the article uses it more than once (`recurring` holds the name keys it repeats).
 * Resolve later drops a lower-case term that takes part in no relation.
 */
export function lowerTerms(s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon, recurring: ReadonlySet<string>): Found[] {
  const out: Found[] = [];
  const covered = (t: Token) => found.some((f) => !f.nested && f.start < t.end && t.start < f.end);
  // "one-time signatures", "zero-knowledge circuits": a number word glued by a hyphen to the next word is part of the compound.
  const glued = (t: Token) => s.text.charAt(t.end - s.start) === '-' && /^\p{Ll}+$/u.test(t.text);
  const wordOf = (t: Token) =>
    /^\p{Ll}/u.test(t.text) &&
    (TERM_TAGS.has(t.pos ?? '') || (t.pos === 'NUM' && glued(t))) &&
    !isPresentVerb(t) &&
    (!lexicon.stopwords.has(t.lower) || (t.pos === 'NUM' && glued(t))) &&
    !lexicon.junkWords.has(t.lower) &&
    !covered(t) &&
    !lexicon.cuesByFirstWord.has(t.lower);
  // ("the service lacked mechanisms": a verb after a noun and a space is the clause's own verb; it ends a phrase and opens none.)
  const clauseVerb = (k: number) =>
    (toks[k] as Token).pos === 'VERB' &&
    !/ing$/.test((toks[k] as Token).lower) &&
    toks[k - 1]?.pos === 'NOUN' &&
    s.text.slice((toks[k - 1] as Token).end - s.start, (toks[k] as Token).start - s.start) === ' ';
  for (let i = 0; i < toks.length; i += 1) {
    if (!wordOf(toks[i] as Token) || clauseVerb(i)) continue;
    // "was called c-node": a verb after an auxiliary is the clause's verb, no modifier of a term; so is one that opens an
    // aside ("the prover, called attest-rs,").
    const afterComma = i > 0 && /,\s*$/.test(s.text.slice((toks[i - 1] as Token).end - s.start, (toks[i] as Token).start - s.start));
    if ((toks[i] as Token).pos === 'VERB' && (lexicon.auxiliaries.has(toks[i - 1]?.lower ?? '') || (afterComma && !/ing$/.test((toks[i] as Token).lower)))) continue;
    let end = i + 1;
    while (end < toks.length && wordOf(toks[end] as Token) && !clauseVerb(end) && /^[ \-‐]$/.test(s.text.slice((toks[end - 1] as Token).end - s.start, (toks[end] as Token).start - s.start))) end += 1;
    const run = toks.slice(i, end);
    i = end - 1;
    // The head is the last noun of the run; what follows it is no part of the term.
    let head = run.length - 1;
    while (head >= 0 && (run[head] as Token).pos !== 'NOUN' && !/ing$/.test((run[head] as Token).lower)) head -= 1;
    if (head < 0) continue;
    let words = run.slice(Math.max(0, head + 1 - MAX_WORDS), head + 1);
    // "complex payment networks": a leading adjective of a longer phrase only describes the term.
    while (words.length > 2 && words[0]?.pos === 'ADJ') words = words.slice(1);
    // ("a general-purpose cloud marketplace": no part of a hyphenated word opens the term.)
    const hyphenBefore = (w: Token | undefined) => w !== undefined && /[-‐]$/.test(s.text.slice(0, w.start - s.start));
    while (words.length > 1 && hyphenBefore(words[0])) words = words.slice(1);
    const first = words[0] as Token;
    const last = words[words.length - 1] as Token;
    const after = toks[toks.indexOf(last) + 1];
    // "global challenges such as ...", "decentralized networks like ...": a class named only to list
    // its examples is no term; nor is a phrase that modifies the noun after it ("low-cost alternative").
    const modifies = after !== undefined && /^[ \-‐]$/.test(s.text.slice(last.end - s.start, after.start - s.start)) && ((after.pos === 'NOUN' && /^\p{Ll}/u.test(after.text)) || covered(after));
    if (after && (lexicon.cuesByFirstWord.get(after.lower)?.some((c) => c.hyponym) || modifies)) continue;
    const text = s.text.slice(first.start - s.start, last.end - s.start);
    // "crypto-shredding": a hyphen inside the head compound; "cost-effective recording" only describes.
    const beforeHead = words[words.length - 2];
    const hyphenated = beforeHead !== undefined && s.text.slice(beforeHead.end - s.start, last.start - s.start) === '-';
    const byHead = lexicon.typeByWord.get(last.lower);
    const typed = byHead !== undefined && TERM_TYPES.has(byHead);
    if (words.length < 2 && !(hyphenated || text.includes('-'))) continue;
    // A repeated phrase headed by a noun of another kind ("tech companies") is no technical term.
    if (!typed && (byHead !== undefined || (!hyphenated && !recurring.has(phraseKey(words))))) continue;
    const f = discovered(first.start, last.end, text, typed ? byHead : 'Technique', 'discover:lower-term', lexicon);
    out.push(typed ? f : { ...f, weakType: true });
  }
  return out;
}

/** Keys (`phraseKey`) of the two- to four-word lower-case phrases a text uses more than once. */
export function recurringPhrases(sentences: readonly Sentence[], tokens: readonly (readonly Token[])[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const s of sentences) {
    const toks = tokens[s.index] ?? [];
    for (let i = 0; i + 1 < toks.length; i += 1) {
      if (!isLower(toks[i] as Token)) continue;
      let prefix = (toks[i] as Token).lower;
      for (let n = 2; n <= MAX_WORDS && i + n <= toks.length; n += 1) {
        const w = toks[i + n - 1] as Token;
        if (!isLower(w)) break;
        const key = `${prefix} ${singular(w.lower)}`;
        prefix = `${prefix} ${w.lower}`;
        if (seen.has(key)) twice.add(key);
        else seen.add(key);
      }
    }
  }
  return twice;
}

/** "Payment channels" and "payment channel" share a key: lower-case words, the last singular. */
function phraseKey(words: readonly Token[]): string {
  return words.map((w, i) => (i === words.length - 1 ? singular(w.lower) : w.lower)).join(' ');
}

function isLower(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 97 && c <= 122;
}
