import type { Lexicon } from '../../lexicon';
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
