import type { Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import type { Found } from '../discover';
import { isEnglishWord } from '../../text/pos';
import { COMMIT_ID } from './junk';

const OPENING = /^[\s"“*_`>#\-\d.)]*$/;
const MAX_PHRASE = 4;

/**
 * "Training is carried out ...", "Others use ...": a word is capitalised where it opens a sentence
 * whatever it is. A discovered one-word name seen only there, while the article writes the same word
 * in lower case inside sentences and never capitalised inside one, is a common word (the way
 * truecasers decide). A one-word table cell or field value is judged the same way. So is a label of
 * title-case dictionary words ("- **Review Steps**:") the article also writes in lower case inside a
 * sentence ("the review steps above"). Returns the keys of such names.
 */
export function commonOpeners(sentences: readonly Sentence[], tokens: readonly (readonly Token[])[], found: readonly (readonly Found[])[]): Set<string> {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const s of sentences) {
    const toks = tokens[s.index] ?? [];
    for (let i = openingWord(toks) + 1; i < toks.length; i += 1) {
      const t = toks[i] as Token;
      // (Code keeps a name's own spelling: "`prooflet`" says nothing of "Prooflet".)
      const inCode = (s.text.slice(0, t.start - s.start).match(/`/g)?.length ?? 0) % 2 === 1;
      // (Nor does a part of a compound: "prooflet-core".)
      const joined = /[-./_@]/.test(s.text.charAt(t.start - s.start - 1) + s.text.charAt(t.end - s.start));
      if (/^\p{Ll}/u.test(t.text) && !inCode && !joined) lower.add(t.lower);
      else if (/^\p{Lu}/u.test(t.text) && !/[.:!?]\s*$/.test(s.text.slice(0, t.start - s.start))) capitalised.add(t.lower);
    }
  }
  // (Whether the text writes a phrase in lower case inside a sentence: "the review steps above".)
  let prose: string | undefined;
  const inProse = (phrase: string) => {
    prose ??= sentences.map((s) => s.text.replace(/`[^`]*`/g, ' ')).join('\n');
    return new RegExp(`(?<![\\p{L}\\p{N}-])${phrase}(?![\\p{L}\\p{N}-])`, 'u').test(prose);
  };
  const candidates = new Map<string, boolean>();
  for (const s of sentences) {
    for (const f of found[s.index] ?? []) {
      if (!f.discovered || f.nested) continue;
      // (A phrase's own lower-case copies are what makes it common: "the review steps above".)
      if (/\s/.test(f.name) && /^\p{Ll}/u.test(s.text.slice(f.start - s.start, f.end - s.start))) continue;
      const toks = tokens[s.index] ?? [];
      const first = toks[0];
      const at = openingWord(toks);
      const opening = toks[at];
      const opens = first !== undefined && opening !== undefined && f.start === opening.start && f.end === opening.end && OPENING.test(s.text.slice(0, first.start - s.start));
      // (So is a table cell or a field value, which is capitalised wherever it stands: "| Transparency | ... |".)
      const cell = f.rule === 'discover:table-cell' || f.rule === 'discover:field';
      const word = f.name.toLowerCase();
      // (A commit's title opens with what the commit does, "- [9c0e4d1](…) Tidy the router", never with a name the article does not capitalise elsewhere.)
      const commitTitle = opens && toks.slice(0, at).some((t) => COMMIT_ID.test(t.text));
      const common = ((opens || cell) && /^\p{Lu}\p{Ll}+$/u.test(f.name) && (lower.has(word) || commitTitle) && !capitalised.has(word)) || commonLabel(s, toks, f, inProse);
      candidates.set(f.key, (candidates.get(f.key) ?? true) && common);
    }
  }
  return new Set([...candidates].filter(([, common]) => common).map(([key]) => key));
}

/** The index of the word that opens a sentence: the first, or the first after the commit ids and numbers that label an item ("- [9c0e4d1](…) Refactor the router"). */
function openingWord(toks: readonly Token[]): number {
  let k = 0;
  while (k < toks.length - 1 && (COMMIT_ID.test((toks[k] as Token).text) || /^\p{N}+$/u.test((toks[k] as Token).text))) k += 1;
  return k;
}

/** "- **Review Steps**:": a name of two to four title-case dictionary words that opens its sentence, written elsewhere in lower case inside one. */
function commonLabel(s: Sentence, toks: readonly Token[], f: Found, inProse: (phrase: string) => boolean): boolean {
  const words = toks.filter((t) => t.start >= f.start && t.end <= f.end);
  const first = words[0];
  if (words.length < 2 || words.length > MAX_PHRASE || !first || !OPENING.test(s.text.slice(0, first.start - s.start))) return false;
  if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && isEnglishWord(w.lower))) return false;
  return inProse(words.map((w) => w.lower).join(' '));
}
