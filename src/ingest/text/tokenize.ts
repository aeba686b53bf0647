/** A word of a text: a run of letters and digits. `start`/`end` are offsets into the text given
 *  to `tokenize` plus its `offset`, so they stay offsets into the article body. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const GLUED = /^(\p{Ll}+)(\p{Lu}[\p{L}\p{N}]*)$/u;

/**
 * Words of `text`. A lower-case glue word stuck to a capitalised name ("asCelestia") is split in two
 * when `glueWords` holds it; "zkSync" or "OpenAI" stay whole.
 */
export function tokenize(text: string, offset = 0, glueWords: ReadonlySet<string> = EMPTY): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = offset + (m.index ?? 0);
    const word = m[0];
    const glued = glueWords.size > 0 ? GLUED.exec(word) : null;
    if (glued?.[1] !== undefined && glued[2] !== undefined && glueWords.has(glued[1])) {
      const cut = glued[1].length;
      tokens.push(token(glued[1], start));
      tokens.push(token(glued[2], start + cut));
    } else {
      tokens.push(token(word, start));
    }
  }
  return tokens;
}

const EMPTY: ReadonlySet<string> = new Set();

function token(text: string, start: number): Token {
  return { start, end: start + text.length, text, lower: text.toLowerCase() };
}

/** True when the text between two tokens only joins words of one name (spaces, hyphens, slashes). */
export function joinsName(between: string): boolean {
  return between.length <= 2 && /^[ \-‐–/]*$/.test(between);
}

export function isCapitalized(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
