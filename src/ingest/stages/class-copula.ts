import { CLASS_TYPES, LIST_GAP, NAMED_TYPES } from '../text/english';
import type { Mention, Sentence } from '../types';
import { add, between, type Context } from './relation-context';

/** The copula after the class, its acronym in parentheses allowed: "rollups (ORUs) are ". */
const COPULA = /^[*_]*\s*(?:\([^()]{1,20}\)\s*)?(?:are|were)\s+$/iu;

/**
 * "These provers are Quorrel, Tessbar and Marrow.", "The supported rollups are Quorrel and Tessbar.": a plural class that
 * opens the sentence (after a determiner and lower-case words only), then "are" and a list of names that closes the
 * sentence: each name is a kind of that class.
 */
export function classCopula(ctx: Context, s: Sentence): void {
  const mentions = ctx.bySentence[s.index] ?? [];
  const [cls, ...rest] = mentions;
  if (!cls || !CLASS_TYPES.has(cls.type) || !/s\)?$/.test(cls.text)) return;
  if (!between(ctx, s, s.start, cls.start).words.every((w) => /^\p{Ll}/u.test(w.text) || ctx.lexicon.determiners.has(w.lower) || ctx.lexicon.stopwords.has(w.lower))) return;
  const first = rest[0];
  if (!first || !COPULA.test(s.text.slice(cls.end - s.start, first.start - s.start))) return;
  const names = [first];
  for (const next of rest.slice(1)) {
    if (!LIST_GAP.test(s.text.slice((names.at(-1) as Mention).end - s.start, next.start - s.start))) break;
    names.push(next);
  }
  // (The list closes the sentence: "are Quorrel and Tessbar, which …" may go on to say something else of them.)
  if (!/^[\s*_.!]*$/.test(s.text.slice((names.at(-1) as Mention).end - s.start))) return;
  if (!names.every((m) => NAMED_TYPES.has(m.type) || m.weakType === true) || !names.every((m) => /^[\p{Lu}\p{N}]/u.test(m.text))) return;
  for (const m of names) add(ctx, m, 'IS_A', cls, s.index, 'structure:class-copula', ctx.lexicon.data.confidence.structure);
}
