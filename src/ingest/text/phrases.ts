import type { Cue, Lexicon } from '../lexicon';
import { acronymSingular, INDEFINITE_ARTICLES } from './english';
import { GIVEN_NAMES } from './given-names';
import { hasCapital, isCodeSuffix, joinsByAmpersand, joinsNameAt, type Token } from './tokenize';

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

/** Hits already found per token array: several stages read the cues of one sentence. */
const found = new WeakMap<readonly Token[], { lexicon: Lexicon; hits: readonly CueHit[] }>();

/** Cue phrases of a sentence, left to right, longest first, never overlapping; "use of" is no cue. */
export function findCues(tokens: readonly Token[], lexicon: Lexicon): readonly CueHit[] {
  const cached = found.get(tokens);
  if (cached?.lexicon === lexicon) return cached.hits;
  const hits = cuesIn(tokens, lexicon);
  found.set(tokens, { lexicon, hits });
  return hits;
}

function cuesIn(tokens: readonly Token[], lexicon: Lexicon): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] as Token;
    // ("the Privacy and Scaling Explorations team": a capitalised word inside a sentence, before another, is part of a name.)
    if (i > 0 && /^\p{Lu}\p{Ll}/u.test(tok.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[i - 1]?.text ?? '')) {
      i += 1;
      continue;
    }
    // ("relied" starts "relied on by" and, as "rely", "rely on": both are tried, the spelled one first.)
    const spelled = lexicon.cuesByFirstWord.get(tok.lower);
    const inflected = tok.pos === 'VERB' && tok.lemma !== undefined && tok.lemma !== tok.lower ? lexicon.cuesByFirstWord.get(tok.lemma) : undefined;
    const options = spelled && inflected ? [...spelled, ...inflected] : (spelled ?? inflected);
    // The phrase spelled as in the text names the rule; another inflection of it is the fallback.
    // Another inflection in the passive ("disputes are settled on") is not the active cue ("settles on").
    // Nor is an infinitive ("to develop") or a gerund after "for" ("a toolkit for running X"): they state a purpose, not a fact.
    const purpose = tokens[i - 1]?.lower === 'to' || (tokens[i - 1]?.lower === 'for' && /ing$/.test(tok.lower));
    // ("an open network, supported by X": an -ed form before "by" is a passive too.)
    // ("is already addressed with X": an adverb may stand between the copula and the participle.)
    const copulaBefore = tokens[i - 1]?.lemma === 'be' || (tokens[i - 1]?.pos === 'ADV' && tokens[i - 2]?.lemma === 'be' && !/ing$/.test(tok.lower));
    const passive = i > 0 && (copulaBefore || purpose || (/ed$/.test(tok.lower) && tokens[i + 1]?.lower === 'by'));
    // ("wrapped tokens": a participle another cue's verb inflects, right before a noun, is an adjective.)
    // ("Quorrel employed gradient clipping": not after a name or a pronoun, where it is the past tense.)
    const afterSubject = (tokens[i - 1]?.pos === 'PROPN' || tokens[i - 1]?.pos === 'PRON') && tokens[i - 1]?.lower !== 's';
    const adjective = /ed$/.test(tok.lower) && tokens[i + 1]?.pos === 'NOUN' && !afterSubject;
    // ("are widely used sidechains", "the most widely used Quillnet wallets", "on supported Quorrel chains": so is a cue's own
    // -ed word after an adverb, a copula, a determiner or a preposition, before a noun or a name.)
    const prev = tokens[i - 1];
    const attributive =
      /ed$/.test(tok.lower) &&
      (tokens[i + 1]?.pos === 'NOUN' || tokens[i + 1]?.pos === 'PROPN') &&
      prev !== undefined &&
      (prev.pos === 'ADV' || prev.pos === 'DET' || prev.pos === 'ADP' || prev.lemma === 'be');
    const exact = options?.map((c) => ({ c, end: cueEnd(tokens, i, c, false) })).find((m) => m.end > 0 && !(attributive && m.c.words.length === 1));
    const found = exact ?? (passive || adjective || attributive ? undefined : options?.map((c) => ({ c, end: cueEnd(tokens, i, c, true) })).find((m) => m.end > 0));
    const cue = found?.c;
    const end = found?.end ?? i + 1;
    const next = tokens[end];
    // ("for use cases", "the support team": a one-word cue tagged as a noun inside a noun phrase heads no clause.)
    // ("Quill, Marrow and Zorb all use X": a determiner right after a noun or a name floats; it opens no noun phrase.)
    const floating = prev?.pos === 'DET' && ['NOUN', 'PROPN'].includes(tokens[i - 2]?.pos ?? '');
    const compound =
      cue !== undefined &&
      cue.words.length === 1 &&
      tok.pos === 'NOUN' &&
      next?.pos === 'NOUN' &&
      ['DET', 'ADP', 'ADJ'].includes(prev?.pos ?? '') &&
      !lexicon.relativePronouns.has(prev?.lower ?? '') &&
      !floating;
    // ("thankful for the kind support and grants of": a one-word cue tagged as a noun after an adjective or an article
    // is that noun.)
    // (Not after "this" or "that", which may stand alone: "This addresses X".)
    const article = prev !== undefined && (prev.lower === 'the' || INDEFINITE_ARTICLES.has(prev.lower) || lexicon.data.possessive.pronouns.includes(prev.lower));
    const noun = cue !== undefined && cue.words.length === 1 && tok.pos === 'NOUN' && (article || prev?.pos === 'ADJ') && !floating;
    const nominal = compound || noun || (cue !== undefined && next !== undefined && lexicon.nominalAfter.has(next.lower) && !lexicon.nominalAfter.has(cue.words[cue.words.length - 1] ?? ''));
    const detached = cue?.afterNoun === true && (prev === undefined || (prev.pos !== 'NOUN' && prev.pos !== 'PROPN'));
    // ("can support X": a reading the word before rules out leaves the other readings of the phrase.)
    const ruledOut = (c: Cue) => prev !== undefined && c.notAfter.includes(prev.lower);
    const readings = cue ? (cue.alike ?? [cue]).filter((c) => !ruledOut(c)) : [];
    const reading = cue && !ruledOut(cue) ? cue : readings[0];
    if (!reading || nominal || detached) {
      i += 1;
      continue;
    }
    const last = tokens[end - 1] as Token;
    hits.push({ cue: reading, cues: readings, startToken: i, endToken: end, start: (tokens[i] as Token).start, end: last.end });
    i = end;
  }
  return hits;
}

/**
 * The index after cue `c` matched at token `i`, or -1. After a verb, up to two words may stand
 * before the rest of the phrase when they are adverbs, "its/their <noun>" or a date before an agent
 * ("relies heavily on", "settles its blocks to", "founded in 2024 by").
 */
function cueEnd(tokens: readonly Token[], i: number, c: Cue, byLemma: boolean): number {
  const same = (tok: Token | undefined, k: number) => (byLemma ? matchesCueWord(tok, c.words[k] as string, c.lemmas[k]) : tok?.lower === c.words[k]);
  if (!same(tokens[i], 0)) return -1;
  let j = i + 1;
  if (c.words.length > 1 && !same(tokens[j], 1) && tokens[i]?.pos === 'VERB') {
    const a = tokens[j];
    const b = tokens[j + 1];
    if (a?.pos === 'ADV' && same(b, 1)) j += 1;
    else if (a?.pos === 'ADV' && b?.pos === 'ADV' && same(tokens[j + 2], 1)) j += 2;
    else if ((a?.lower === 'its' || a?.lower === 'their') && b?.pos === 'NOUN' && same(tokens[j + 2], 1)) j += 2;
    // "founded in 2024 by", "proposed in 2017 by", "started in early 2020 by", "launched in March 2023 by": a date between a
    // participle and its agent.
    // "drafted and passed by", "designed and maintained by": a second participle joined by "and" shares the agent.
    else if (c.words.length === 2 && c.words[1] === 'by' && (a?.lower === 'and' || a?.lower === 'or') && b?.pos === 'VERB' && /(?:ed|en|wn)$/.test(b.lower) && same(tokens[j + 2], 1)) j += 2;
    else if (c.words[1] === 'by' && a?.pos === 'ADP') {
      const date = [1, 2, 3].find((n) => tokens[j + n]?.pos === 'NUM' && tokens.slice(j + 1, j + n).every((t) => ['ADJ', 'ADV', 'PROPN', 'NUM'].includes(t.pos ?? '')) && same(tokens[j + n + 1], 1));
      if (date !== undefined) j += date + 1;
    }
  }
  for (let k = 1; k < c.words.length; k += 1, j += 1) if (!same(tokens[j], k)) return -1;
  return j;
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
    // "Zachary J. Williamson", "D. R. Halvorsen": an initial's full stop joins the name.
    const afterInitial = j > i && /^\p{Lu}$/u.test((tokens[j - 1] as Token).text) && text.slice((tokens[j - 1] as Token).end - offset, tok.start - offset) === '. ' && hasCapital(tok.text);
    const ampersand = j > i && joinsByAmpersand(text, tokens[j - 1] as Token, tok, offset);
    // "zkSync 2.0", "Quill v1.5": a version number's dotted parts stay one word.
    const version = j > i && DIGITS.test(tok.text) && /\p{N}$/u.test((tokens[j - 1] as Token).text) && text.slice((tokens[j - 1] as Token).end - offset, tok.start - offset) === '.';
    // "Vexmoor.js": a file suffix fused to a name's first word is part of it.
    if (j === i + 1 && isCodeSuffix(text, tokens[i] as Token, tok, offset)) {
      end = j + 1;
      continue;
    }
    if (j > i && !afterInitial && !ampersand && !version && !joinsNameAt(text, (tokens[j - 1] as Token).end - offset, tok.start - offset)) break;
    if (j > i && DIGITS.test(tok.text) && lexicon.minorWords.has((tokens[j - 1] as Token).lower)) break; // "G7 in 2023"
    // "the European Commission in April 2021": a minor word before a calendar word ends the name.
    if (j > i && lexicon.minorWords.has(tok.lower) && lexicon.junkWords.has(tokens[j + 1]?.lower ?? '')) break;
    // ("Rafael Mota of Corvid Security": a person's name ends before a minor word; "Bank of England" goes on.)
    // ("Max Planck Institute for ..." is headed by a noun of a type: no person.)
    // ("Femke de Vroom": a lower-case surname particle before a capitalised word is a word of the name.)
    const particle = j > i && surnameParticlesAt(tokens, j, text, offset, lexicon) > 0;
    if (j > i && j - i <= 3 && lexicon.minorWords.has(tok.lower) && !particle && GIVEN_NAMES.has((tokens[i] as Token).text) && !lexicon.typeByWord.has((tokens[j - 1] as Token).lower)) break;
    // ("Harrowfen Labs with Jane Roe": a preposition before a given name ends the name; "Bank for ..." goes on.)
    if (j > i && lexicon.minorWords.has(tok.lower) && !lexicon.nameConnectors.has(tok.lower) && GIVEN_NAMES.has(tokens[j + 1]?.text ?? '')) break;
    // "Joseph Poon and Thaddeus Dryja" are two names; "Privacy and Scaling Explorations" is one.
    if (j - i >= 2 && lexicon.listConnectors.has(tok.lower)) break;
    // ("by Okonkwo and Varga", "the Granite and Holocene upgrades": one capitalised word on each side is two names.)
    const [second, third] = [tokens[j + 1], tokens[j + 2]];
    const oneWordAfter = second !== undefined && hasCapital(second.text) && (third === undefined || !hasCapital(third.text) || !joinsNameAt(text, second.end - offset, third.start - offset));
    if (j - i === 1 && lexicon.listConnectors.has(tok.lower) && oneWordAfter) break;
    // ("uses Tessflow and the Vorn prover": a connector before an article starts another phrase.)
    if (j > i && lexicon.listConnectors.has(tok.lower) && lexicon.determiners.has(second?.lower ?? '')) break;
    // "CEN and CENELEC", "Avail and EigenDA": an acronym or a code-shaped word on either side is a name of its own.
    if (lexicon.listConnectors.has(tok.lower) && [tokens[j - 1], tokens[j + 1]].some((t) => t !== undefined && /^\p{Lu}{2,}$|\p{Ll}\p{Lu}|\p{N}/u.test(t.text))) break;
    // ("Tessbar co-founder Jane Roe": a role between a group's name and a person's ends the group's.)
    if (j > i && roleAt(text.slice(tok.start - offset), lexicon)) break;
    if (hasCapital(tok.text) || isDigitStart(tok.text)) {
      if (lexicon.stopwords.has(tok.lower) && j === i && !(/^\p{Lu}$/u.test(tok.text) && text.slice(tok.end - offset, tok.end - offset + 2) === '. ')) break;
      end = j + 1;
    } else if (j > i && /^[-‐]$/.test(text.slice(tok.end - offset, tok.end - offset + 1)) && tokens[j + 1] !== undefined) {
    } else if (j > i && /^[-‐]$/.test(text.slice((tokens[j - 1] as Token).end - offset, tok.start - offset))) {
      end = j + 1;
    } else if (!(j > i && (lexicon.minorWords.has(tok.lower) || particle))) {
      break;
    }
  }
  return end;
}

/** How many lower-case surname particles ("de", "van der") open at token `k`, spaced and followed by a capitalised word; 0 if none. */
export function surnameParticlesAt(tokens: readonly Token[], k: number, text: string, offset: number, lexicon: Lexicon): number {
  const spaced = (j: number) => text.slice((tokens[j - 1] as Token).end - offset, (tokens[j] as Token).start - offset) === ' ';
  let j = k;
  while (j < tokens.length && j - k < 2 && lexicon.surnameParticles.has((tokens[j] as Token).text) && spaced(j)) j += 1;
  const surname = tokens[j];
  return j > k && surname !== undefined && spaced(j) && /^\p{Lu}\p{Ll}+$/u.test(surname.text) ? j - k : 0;
}

/** "co-founder Jane Roe": the role (lexicon `affiliation.roles`), hyphenated words and all, that `text` opens with. */
export function roleAt(text: string, lexicon: Lexicon): string | undefined {
  const word = /^\p{L}+(?:[-‐]\p{L}+)*/u.exec(text)?.[0].toLowerCase();
  return word !== undefined && lexicon.data.affiliation?.roles.includes(word) ? word : undefined;
}

/**
 * "Ostrava-based Kite Software", "Google-backed Foo": a capitalised word hyphen-joined to a
 * lower-case word, before another capitalised word, only describes the name after it. Returns the
 * index of that name's first word, or `i`.
 */
export function afterNameModifier(tokens: readonly Token[], i: number, text: string, offset: number): number {
  const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!a || !b || !c || !hasCapital(a.text) || !/^\p{Ll}/u.test(b.text) || !hasCapital(c.text)) return i;
  return text.slice(a.end - offset, b.start - offset) === '-' && /^\s+$/.test(text.slice(b.end - offset, c.start - offset)) ? i + 2 : i;
}

/**
 * Schwartz–Hearst: the shortest run of words before `(SF)` whose letters spell the short form,
 * its first letter starting a word. Returns the index of the first word, or -1.
 */
export function acronymStart(words: readonly Token[], shortForm: string): number {
  const letters = acronymSingular(shortForm)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
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
