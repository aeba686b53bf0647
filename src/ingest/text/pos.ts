import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isFiniteVerb } from './english';
import type { Token } from './tokenize';

// Loaded once: building the model costs far more than tagging an article.
const nlp = winkNLP(model, ['pos']);
const its = nlp.its;

/**
 * The tokens of each sentence tagged from one wink-nlp reading of the whole `body` (reading each
 * sentence apart costs about twice as much). `sentences[i]` holds the tokens of sentence i, with
 * body offsets; the result has the same shape, with part of speech and lemma. New objects.
 */
export function tagSentences(body: string, sentences: readonly (readonly Token[])[]): Token[][] {
  return tagged(body, 0, sentences);
}

/** The tokens of `text`, a sentence starting at body offset `offset`, tagged as `tagSentences` does. */
export function tagTokens(text: string, offset: number, tokens: readonly Token[]): Token[] {
  return tokens.length === 0 ? [] : (tagged(text, offset, [tokens])[0] as Token[]);
}

/**
 * Each token gets the part of speech and lemma of the wink-nlp token that holds its first character.
 * Wink tokens are substrings of the text in order, so they are placed by `indexOf`; the token lists
 * are in text order and carry offsets of the text placed at `offset`.
 */
function tagged(text: string, offset: number, lists: readonly (readonly Token[])[]): Token[][] {
  const winkTokens = nlp.readDoc(text).tokens();
  const words = winkTokens.out() as string[];
  const tags = winkTokens.out(its.pos as never) as string[];
  const lemmas = winkTokens.out(its.lemma as never) as string[];
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  let at = 0;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const k = text.indexOf(word, at);
    // A word wink spelled differently from the text keeps an empty span and is never matched.
    starts[i] = k < 0 ? -1 : offset + k;
    ends[i] = k < 0 ? -1 : offset + k + word.length;
    if (k >= 0) at = k + word.length;
  }
  let j = 0;
  return lists.map((tokens) =>
    withMainVerb(
      text,
      offset,
      tokens.map((tok) => {
        while (j < words.length && (ends[j] as number) <= tok.start) j += 1;
        const holds = j < words.length && (starts[j] as number) >= 0 && (starts[j] as number) <= tok.start;
        // A word cut from a longer wink token ("Layer" of "Layer-2") keeps its own lower-case form as lemma.
        const whole = holds && starts[j] === tok.start && ends[j] === tok.end;
        return { start: tok.start, end: tok.end, text: tok.text, lower: tok.lower, pos: holds ? (tags[j] ?? 'X') : 'X', lemma: whole ? (lemmas[j] ?? tok.lower).toLowerCase() : tok.lower };
      }),
    ),
  );
}

/**
 * "Kestrel trains models using X.": a sentence has a finite verb, so when the tagger found none in its main clause, the plural-looking
 * noun right after the name it opens with (or after the aside that follows the name: "Kestrel, a startup, trains models")
 * is the verb. Headings and items without a full stop are left alone. New tokens.
 */
function withMainVerb(text: string, offset: number, tokens: Token[]): Token[] {
  const last = tokens[tokens.length - 1];
  if (!last || !/^[\s*_)\]"'’”]*[.!]/.test(text.slice(last.end - offset, last.end - offset + 4))) return tokens;
  // The main clause ends where a subordinate or relative clause opens ("..., so that data never leaves ...").
  const clauseEnd = tokens.findIndex((t, i) => i > 0 && (t.pos === 'SCONJ' || t.pos === 'PRON' || /[;:]/.test(text.slice((tokens[i - 1] as Token).end - offset, t.start - offset))));
  const main = clauseEnd < 0 ? tokens : tokens.slice(0, clauseEnd);
  if (main.some((t) => t.pos === 'AUX' || isFiniteVerb(t))) return tokens;
  const opensAside = tokens[0]?.pos === 'PROPN' && /^\s*,/.test(text.slice((tokens[0] as Token).end - offset));
  const at = main.findIndex((t, i) => {
    const before = main[i - 1];
    if (!before || t.pos !== 'NOUN' || !PRESENT_S.test(t.text) || i + 1 >= main.length) return false;
    const gap = text.slice(before.end - offset, t.start - offset);
    return (main.slice(0, i).every((b) => b.pos === 'PROPN') && /^\s+$/.test(gap)) || (opensAside && i > 2 && /^\s*,\s*$/.test(gap));
  });
  if (at < 0) return tokens;
  return tokens.map((t, i) => (i === at ? { ...t, pos: 'VERB' } : t));
}

/** "trains", "rebalances": a lower-case word that could be a verb's present third person ("bus", "class", "analysis" cannot). */
const PRESENT_S = /^\p{Ll}[\p{Ll}-]*[^su]s$/u;

/** Words of wink's own vocabulary have ids below its size; a word it has never seen gets a new id. */
const VOCABULARY_SIZE = (() => {
  const ids = nlp
    .readDoc('the zqxjvwk')
    .tokens()
    .out(its.uniqueId as never) as number[];
  return ids[1] as number;
})();
const entries = new Map<string, { english: boolean; plural: boolean; adjective: boolean; verb: boolean }>();

/** What wink's own vocabulary says of a lower-case word, read once per word. */
function vocabularyEntry(lower: string): { english: boolean; plural: boolean; adjective: boolean; verb: boolean } {
  const seen = entries.get(lower);
  if (seen !== undefined) return seen;
  const tokens = nlp.readDoc(lower).tokens();
  const ids = tokens.out(its.uniqueId as never) as number[];
  const lemmas = tokens.out(its.lemma as never) as string[];
  const tags = tokens.out(its.pos as never) as string[];
  const english = ids.length === 1 && (ids[0] as number) < VOCABULARY_SIZE;
  const entry = { english, plural: english && tags[0] === 'NOUN' && lemmas[0] !== lower && /s$/.test(lower), adjective: english && tags[0] === 'ADJ', verb: english && tags[0] === 'VERB' };
  entries.set(lower, entry);
  return entry;
}

/** A lower-case word of wink's own English vocabulary (not one it first met in the text). */
export function isEnglishWord(lower: string): boolean {
  return vocabularyEntry(lower).english;
}

/** "launch", "builds": a lower-case word of wink's vocabulary that it tags, alone, as a verb. */
export function isCommonVerb(lower: string): boolean {
  return vocabularyEntry(lower).verb;
}

/** "high", "possible": a lower-case word of wink's vocabulary that it tags, alone, as an adjective. */
export function isCommonAdjective(lower: string): boolean {
  return vocabularyEntry(lower).adjective;
}

/**
 * "experiments", "applications": a lower-case word wink knows as a noun whose lemma is another word, so a plural common
 * noun. A capitalised name that only looks like a word ("Varuna") is unknown to it.
 */
export function isCommonPlural(lower: string): boolean {
  return vocabularyEntry(lower).plural;
}
