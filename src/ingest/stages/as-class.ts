import { CLASS_TYPES, NAMED_TYPES } from '../text/english';
import type { Mention, Sentence } from '../types';
import { add, between, type Context } from './relation-context';

const FRONTED = /^[\s*_]*as\s+an?\s+([^,;:()]{1,80}?),\s*/iu;
const INNER = /^\s*,\s*as\s+an?\s+([^,;:()]{1,80}?),/iu;

/**
 * "As a rollup, Quorrel posts …", "Quorrel, as a settlement layer for Tessbar, processes …": the name an "as a" phrase
 * describes is a kind of the class that heads the phrase (a class mention, after lower-case modifiers only, ending the
 * phrase or followed by a preposition).
 */
export function asClass(ctx: Context, s: Sentence): void {
  const mentions = ctx.bySentence[s.index] ?? [];
  const fronted = FRONTED.exec(s.text);
  if (fronted) {
    const phraseStart = s.start + fronted[0].length - 2 - (fronted[1] as string).length;
    const cls = headClass(ctx, s, mentions, phraseStart, phraseStart + (fronted[1] as string).length);
    const subject = mentions.find((m) => m.start >= s.start + fronted[0].length);
    const gap = subject ? between(ctx, s, s.start + fronted[0].length, subject.start) : undefined;
    if (cls && subject && NAMED_TYPES.has(subject.type) && gap?.words.every((w) => ctx.lexicon.determiners.has(w.lower)))
      add(ctx, subject, 'IS_A', cls, s.index, 'structure:as-class', ctx.lexicon.data.confidence.structure);
  }
  for (const named of mentions.filter((m) => NAMED_TYPES.has(m.type))) {
    const inner = INNER.exec(s.text.slice(named.end - s.start));
    if (!inner) continue;
    const phraseEnd = named.end + inner[0].length - 1;
    const cls = headClass(ctx, s, mentions, phraseEnd - (inner[1] as string).length, phraseEnd);
    if (cls) add(ctx, named, 'IS_A', cls, s.index, 'structure:as-class', ctx.lexicon.data.confidence.structure);
  }
}

/** The class mention heading the phrase [from, to): only lower-case words before it, and the phrase's end or a preposition after it. */
function headClass(ctx: Context, s: Sentence, mentions: readonly Mention[], from: number, to: number): Mention | undefined {
  const cls = mentions.find((m) => m.start >= from && m.end <= to && CLASS_TYPES.has(m.type));
  if (!cls) return undefined;
  const before = between(ctx, s, from, cls.start);
  if (!before.words.every((w) => /^\p{Ll}/u.test(w.text))) return undefined;
  const next = between(ctx, s, cls.end, to).words[0];
  return next === undefined || next.pos === 'ADP' ? cls : undefined;
}
