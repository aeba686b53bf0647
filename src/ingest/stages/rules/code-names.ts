import type { EntityType } from '../../../domain/vocabulary';
import type { Lexicon } from '../../lexicon';
import { NAMED_TYPES } from '../../text/english';
import { isEnglishWord } from '../../text/pos';
import type { Token } from '../../text/tokenize';
import type { Sentence } from '../../types';
import { discovered, type Found } from '../discover';

const OPENING = /^[\s"“*_`>]*$/;
const NAME_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'X', 'ADJ']);

/**
 * "fedguard is a Python toolkit", "tessera-geth now ships ...": prose capitalises the word that opens
 * a sentence, so a lower-case word there, before its verb, is a name that keeps its own spelling
 * (a package, a command, a code name). Hyphens and dots join its parts. Only paragraph sentences:
 * list items often open with a lower-case description.
 */
export function lowerCaseOpener(s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon): Found[] {
  const first = toks[0];
  if (!first || !/^\p{Ll}/u.test(first.text) || !OPENING.test(s.text.slice(0, first.start - s.start))) return [];
  if (!NAME_TAGS.has(first.pos ?? '') || lexicon.stopwords.has(first.lower) || lexicon.typeByWord.has(first.lower) || lexicon.cuesByFirstWord.has(first.lower)) return [];
  let end = 1;
  while (end < toks.length && /^[-.]$/.test(s.text.slice((toks[end - 1] as Token).end - s.start, (toks[end] as Token).start - s.start))) end += 1;
  const last = toks[end - 1] as Token;
  const verb = toks[end];
  if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || !/^\s+$/.test(s.text.slice(last.end - s.start, verb.start - s.start))) return [];
  if (found.some((f) => !f.nested && f.start < last.end && first.start < f.end)) return [];
  const f = discovered(first.start, last.end, s.text.slice(first.start - s.start, last.end - s.start), 'Project', 'discover:code-name', lexicon);
  return [{ ...f, weakType: true }];
}

const JOINER = /^[-._]$/;
const CODE_FILE = /^(?:js|ts|mjs|py|rs|go|sol|rb|jl|cpp|sh|zig|move|cairo|nr|circom)$/;

/**
 * "ethers.js", "evalkit.py", "fedguard.verify", "halo2-bench", "l2geth": a lower-case word run joined
 * by dots, underscores or hyphens without spaces is a package, tool or module name when it is spelled
 * like code: parts joined by a dot or an underscore, a source-file suffix, or a part that mixes letters
 * and digits. A hyphenated run of plain words ("open-source", "sequencer-watch") counts only where the
 * text sets it off as a name: in backticks, or in apposition ("Our watchtower, chanwatch, stores").
 * Link targets, versions and numbers are none.
 */
export function codeShapedNames(s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  const gap = (a: Token, b: Token) => s.text.slice(a.end - s.start, b.start - s.start);
  for (let i = 0; i < toks.length; ) {
    let end = i + 1;
    while (end < toks.length && JOINER.test(gap(toks[end - 1] as Token, toks[end] as Token))) end += 1;
    const run = toks.slice(i, end);
    const first = run[0] as Token;
    const last = run.at(-1) as Token;
    i = end;
    const text = s.text.slice(first.start - s.start, last.end - s.start);
    if (!/^\p{Ll}/u.test(text) || run.some((t) => !/^[\p{L}\p{N}]+$/u.test(t.text))) continue;
    // ("halo2-bench": a known name inside the run is only part of it; one reaching beyond it wins.)
    if (found.some((f) => !f.nested && f.start < last.end && first.start < f.end && (f.start < first.start || f.end > last.end || (f.start === first.start && f.end === last.end)))) continue;
    const joiners = run.slice(1).map((t, k) => gap(run[k] as Token, t));
    const dotted = joiners.some((j) => j === '.' || j === '_') && run.every((t) => t.text.length >= 2) && !/^\p{N}+$/u.test(last.text);
    const sourceFile = joiners.at(-1) === '.' && CODE_FILE.test(last.lower);
    const mixed = run.some((t) => /\p{L}/u.test(t.text) && /\p{N}/u.test(t.text)) && /^\p{Ll}{2}/u.test(text);
    const hyphenated = run.length > 1 && joiners.every((j) => j === '-');
    // (The text around the run is read only for a run that may be a name: most words are none.)
    const kind = run.length === 1 ? apposedKind(s, toks, i - 1, lexicon) : undefined;
    if (!(dotted || sourceFile || mixed || kind || run.length > 1)) continue;
    const before = s.text.slice(0, first.start - s.start);
    const after = s.text.slice(last.end - s.start);
    // A link target, a path, a handle or a call.
    if (/[/:@]$/.test(before) || /^[/(@]/.test(after)) continue;
    const quoted = /`$/.test(before) && /^`/.test(after);
    const apposed = /\p{L}\s*,\s*`?$/u.test(before) && /^`?\s*,/.test(after) && !lexicon.stopwords.has(first.lower);
    // "The aggregation service, `fedguard`, was ...", "fedguard, an open-source library, ...": one plain word the text
    // names a thing of a named kind with.
    if (!(dotted || sourceFile || mixed || (hyphenated && (quoted || apposed)) || (quoted && run.length > 1) || kind)) continue;
    // Version numbers ("v1.2") and plain words with a number ("layer2") stay out.
    if (/^v\p{N}/u.test(text) || lexicon.stopwords.has(text.toLowerCase())) continue;
    out.push(
      kind ? discovered(first.start, last.end, text, kind, 'discover:code-shape', lexicon) : { ...discovered(first.start, last.end, text, 'Project', 'discover:code-shape', lexicon), weakType: true },
    );
  }
  return out;
}

/**
 * The named type a plain lower-case word is given by a kind noun in apposition: "<kind noun>, word," before it, or
 * "word, a/an/the [words] <kind noun>" after it ("service", "library", "chain": the lexicon's typing nouns).
 */
function apposedKind(s: Sentence, toks: readonly Token[], at: number, lexicon: Lexicon): EntityType | undefined {
  const word = toks[at] as Token;
  if (!/^\p{Ll}[\p{Ll}\p{N}]+$/u.test(word.text) || lexicon.stopwords.has(word.lower) || lexicon.typeByWord.has(word.lower) || lexicon.cuesByFirstWord.has(word.lower) || word.pos === 'VERB')
    return undefined;
  const text = (a: Token, b: Token) => s.text.slice(a.end - s.start, b.start - s.start);
  const named = (t: Token | undefined) => {
    const type = t ? lexicon.typeByWord.get(t.lower) : undefined;
    return type !== undefined && NAMED_TYPES.has(type) ? type : undefined;
  };
  const before = toks[at - 1];
  const after = toks[at + 1];
  const closes = after === undefined ? /^`?\s*[,.;:]/.test(s.text.slice(word.end - s.start)) : /^`?\s*,/.test(text(word, after));
  const kindBefore = before && /^\s*,\s*`?$/.test(text(before, word)) && closes ? named(before) : undefined;
  if (kindBefore) return kindBefore;
  // ("Our current watchtower, chanwatch, stores ...": a word no English dictionary holds, set off by commas after a noun.)
  if (before?.pos === 'NOUN' && /^\s*,\s*`?$/.test(text(before, word)) && closes && word.text.length >= 4 && /^\p{Ll}+$/u.test(word.text) && !isEnglishWord(word.lower)) return 'Project';
  // ("As many readers know, brindlemesh is a state channel library": so is one no dictionary holds that "is a" kind.)
  const copula = after !== undefined && (after.lower === 'is' || after.lower === 'was') && /^\s+$/.test(text(word, after)) && !isEnglishWord(word.lower);
  const article = copula ? toks[at + 2] : after;
  if (!after || !article || !(copula ? /^\s+$/.test(text(after, article)) : /^`?\s*,\s*$/.test(text(word, after))) || !lexicon.determiners.has(article.lower)) return undefined;
  // ("fedguard, an open-source library for ...", "..., a library built on X": up to three lower-case words stand before
  // the kind noun, which ends the phrase or meets a preposition, a verb or a relative pronoun.)
  const from = copula ? at + 3 : at + 2;
  for (let k = from; k < Math.min(toks.length, from + 4); k += 1) {
    const t = toks[k] as Token;
    const next = toks[k + 1];
    if (!/^[\s-]+$/.test(text(toks[k - 1] as Token, t)) || !/^\p{Ll}/u.test(t.text)) return undefined;
    const ends = next === undefined || !/^[\s-]+$/.test(text(t, next)) || ['ADP', 'VERB', 'AUX'].includes(next.pos ?? '') || lexicon.relativePronouns.has(next.lower);
    if (ends) return named(t);
  }
  return undefined;
}
