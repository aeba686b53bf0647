/** A word of a text: a run of letters and digits. `start`/`end` are offsets into the text given
 *  to `tokenize` plus its `offset`, so they stay offsets into the article body. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal part-of-speech tag of the wink-nlp token holding this word (`PROPN`, `NOUN`, `VERB`…), once tagged. */
  pos?: string;
  /** Lower-case lemma of that wink-nlp token ("relies" → "rely"), once tagged. */
  lemma?: string;
}

const GLUED = /^(\p{Ll}+)(\p{Lu}[\p{L}\p{N}]*)$/u;
// (Superscript and other marker digits, "Ostrane¹", are no part of a word: \p{No} is left out.)
const WORD_CHAR = /^[\p{L}\p{Nd}\p{Nl}]$/u;
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const nonAsciiWord = new Map<number, boolean>();

/** Is the code point a letter or digit (`[\p{L}\p{N}]`)? ASCII by table, the rest cached. */
function isWordPoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let known = nonAsciiWord.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    nonAsciiWord.set(cp, known);
  }
  return known;
}

/**
 * Words of `text`. A lower-case glue word stuck to a capitalised name ("asCelestia") is split in two
 * when `glueWords` holds it; "zkSync" or "OpenAI" stay whole.
 */
export function tokenize(text: string, offset = 0, glueWords: ReadonlySet<string> = EMPTY): Token[] {
  // A scanner rather than `matchAll(/[\p{L}\p{N}]+/gu)`: tokenizing is on the hot path of every sentence.
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) cp = text.codePointAt(i) as number;
    if (!isWordPoint(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const from = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) cp = text.codePointAt(i) as number;
      if (!isWordPoint(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    push(tokens, text.slice(from, i), offset + from, glueWords);
  }
  return tokens;
}

function push(tokens: Token[], word: string, start: number, glueWords: ReadonlySet<string>): void {
  const lower = word.toLowerCase();
  const first = word.charCodeAt(0);
  // Only a word that starts in lower case and holds a capital can be glued ("asCelestia").
  const maybeGlued = glueWords.size > 0 && lower !== word && (first < 65 || first > 90);
  const glued = maybeGlued ? GLUED.exec(word) : null;
  if (glued?.[1] !== undefined && glued[2] !== undefined && glueWords.has(glued[1])) {
    const cut = glued[1].length;
    tokens.push({ start, end: start + cut, text: glued[1], lower: glued[1].toLowerCase() });
    tokens.push({ start: start + cut, end: start + word.length, text: glued[2], lower: glued[2].toLowerCase() });
  } else {
    tokens.push({ start, end: start + word.length, text: word, lower });
  }
}

const EMPTY: ReadonlySet<string> = new Set();

const JOINS_NAME = /^[ \-‐–/_]*$/;
/** "D'Amato", "O'Neill": an apostrophe alone joins the words of a name in `joinsNameAt`, whose callers want a name word after it. */
const APOSTROPHE = /^['’]$/;

/** True when the text between two tokens only joins words of one name (spaces, hyphens, slashes, underscores: "OP_CAT"). */
export function joinsName(between: string): boolean {
  return between.length <= 2 && JOINS_NAME.test(between);
}

/** "Lattice & Loom": an ampersand between a capitalised word and one that opens with a capital joins one name. */
export function joinsByAmpersand(text: string, prev: Token, next: Token, offset: number): boolean {
  return text.slice(prev.end - offset, next.start - offset) === ' & ' && hasCapital(prev.text) && /^\p{Lu}/u.test(next.text);
}

/** True when `text[from, to)` only joins words of one name; `joinsName` without slicing. */
export function joinsNameAt(text: string, from: number, to: number): boolean {
  if (to - from === 1 && APOSTROPHE.test(text.charAt(from))) return true;
  if (to - from > 2) return false;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 45 && c !== 0x2010 && c !== 0x2013 && c !== 47 && c !== 95) return false;
  }
  return true;
}

/** "ethers.js", "Vexmoor.py": whether `next` is a short lower-case file suffix fused by a full stop to the word `prev`. */
export function isCodeSuffix(text: string, prev: Token, next: Token, offset: number): boolean {
  return text.slice(prev.end - offset, next.start - offset) === '.' && /^\p{Ll}{1,4}$/u.test(next.text);
}

/** "c-solana", "non-EVM": whether the word at `at` of `text` is fused by a hyphen to the word before it, so part of another word. */
export function fusedToWordBefore(text: string, at: number): boolean {
  return /[\p{L}\p{N}]-$/u.test(text.slice(Math.max(0, at - 2), at));
}

// The character tests below answer ASCII by code and fall back to Unicode regexes otherwise.
const CAPITALIZED = /^[\p{Lu}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;

/** Starts with a capital or a digit. */
export function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return CAPITALIZED.test(word);
}

/** Starts with a lower-case letter. */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_START.test(word);
}

/** Holds a capital letter anywhere. */
export function hasCapital(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return CAPITAL.test(word);
  }
  return false;
}
