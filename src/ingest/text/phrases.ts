import type { Cue, Lexicon } from '../lexicon';
import { hasCapital, joinsNameAt, type Token } from './tokenize';

/** A cue phrase found in a sentence: tokens [startToken, endToken). */
export interface CueHit {
  cue: Cue;
  /** Every cue spelled like `cue` ("built with": USES, or DEVELOPED_BY for an organization). */
  cues: Cue[];
  startToken: number;
  endToken: number;
  start: number;
  end: number;
}

/** Cue phrases of a sentence, left to right, longest first, never overlapping; "use of" is no cue. */
export function findCues(tokens: readonly Token[], lexicon: Lexicon): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] as Token;
    const options = lexicon.cuesByFirstWord.get(tok.lower) ?? (tok.pos === 'VERB' && tok.lemma !== undefined ? lexicon.cuesByFirstWord.get(tok.lemma) : undefined);
    // The phrase spelled as in the text names the rule; another inflection of it is the fallback.
    // Another inflection in the passive ("disputes are settled on") is not the active cue ("settles on").
    const passive = i > 0 && tokens[i - 1]?.lemma === 'be';
    const cue = options?.find((c) => c.words.every((w, k) => tokens[i + k]?.lower === w))
      ?? (passive ? undefined : options?.find((c) => c.words.every((w, k) => matchesCueWord(tokens[i + k], w, c.lemmas[k]))));
    const next = cue ? tokens[i + cue.words.length] : undefined;
    const nominal = cue !== undefined && next !== undefined && lexicon.nominalAfter.has(next.lower) && !lexicon.nominalAfter.has(cue.words[cue.words.length - 1] ?? '');
    if (!cue || nominal) {
      i += 1;
      continue;
    }
    const last = tokens[i + cue.words.length - 1] as Token;
    hits.push({ cue, cues: cue.alike ?? [cue], startToken: i, endToken: i + cue.words.length, start: (tokens[i] as Token).start, end: last.end });
    i += cue.words.length;
  }
  return hits;
}

/** A token is the cue's word itself, or an inflection of the same verb ("relied" for "relies"). */
function matchesCueWord(tok: Token | undefined, word: string, lemma: string | undefined): boolean {
  return tok !== undefined && (tok.lower === word || (lemma !== undefined && lemma !== word && tok.pos === 'VERB' && tok.lemma === lemma));
}

/**
 * The capitalised name starting at token `i` ("Alan Turing Institute", "Celestia Labs", "AI for
 * Good"): capitalised words, and minor words between them, joined by spaces or hyphens. Returns
 * the index after its last token, or `i` when there is none.
 */
export function properPhraseEnd(tokens: readonly Token[], i: number, text: string, offset: number, lexicon: Lexicon, maxWords = 6): number {
  let end = i;
  for (let j = i; j < tokens.length && j - i < maxWords; j += 1) {
    const tok = tokens[j] as Token;
    if (j > i && !joinsNameAt(text, (tokens[j - 1] as Token).end - offset, tok.start - offset)) break;
    if (j > i && DIGITS.test(tok.text) && lexicon.minorWords.has((tokens[j - 1] as Token).lower)) break; // "G7 in 2023"
    // "Joseph Poon and Thaddeus Dryja" are two names; "Privacy and Scaling Explorations" is one.
    if (j - i >= 2 && lexicon.listConnectors.has(tok.lower)) break;
    if (hasCapital(tok.text) || isDigitStart(tok.text)) {
      if (lexicon.stopwords.has(tok.lower) && j === i) break;
      end = j + 1;
    } else if (j > i && /^[-‐]$/.test(text.slice(tok.end - offset, tok.end - offset + 1)) && tokens[j + 1] !== undefined) {
      continue;
    } else if (j > i && /^[-‐]$/.test(text.slice((tokens[j - 1] as Token).end - offset, tok.start - offset))) {
      end = j + 1;
    } else if (!(j > i && lexicon.minorWords.has(tok.lower))) {
      break;
    }
  }
  return end;
}

/**
 * Schwartz–Hearst: the shortest run of words before `(SF)` whose letters spell the short form,
 * its first letter starting a word. Returns the index of the first word, or -1.
 */
export function acronymStart(words: readonly Token[], shortForm: string): number {
  const letters = shortForm.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').replace(/s$/, '');
  if (letters.length < 2) return -1;
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  let li = letters.length - 1;
  let w = words.length - 1;
  let ci = (words[w]?.lower.length ?? 0) - 1;
  while (li >= 0 && w >= 0 && words.length - w <= maxWords) {
    const word = (words[w] as Token).lower;
    if (ci < 0) {
      w -= 1;
      ci = (words[w]?.lower.length ?? 0) - 1;
      continue;
    }
    const wantsWordStart = li === 0;
    if (word[ci] === letters[li] && (!wantsWordStart || ci === 0)) li -= 1;
    ci -= 1;
  }
  return li < 0 ? w : -1;
}

/** Lower-case singular of a word, for lexicon look-ups. */
export function nounKey(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 3 || w.charCodeAt(w.length - 1) !== 115) return w;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  const before = w.charCodeAt(w.length - 2);
  return before === 115 || before === 117 || before === 105 ? w : w.slice(0, -1);
}

const DIGITS = /^\p{N}+$/u;

function isDigitStart(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || (c >= 128 && /^\p{N}/u.test(word));
}

/** Is this token a possessive "s" ("Network’s")? */
export function isPossessiveS(tokens: readonly Token[], j: number, text: string, offset: number): boolean {
  const tok = tokens[j];
  const prev = tokens[j - 1];
  return tok !== undefined && prev !== undefined && tok.lower === 's' && /^['’]$/.test(text.slice(prev.end - offset, tok.start - offset));
}
