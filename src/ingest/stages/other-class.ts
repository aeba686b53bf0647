import { CLASS_TYPES, NAMED_TYPES } from '../text/english';
import type { Mention, Sentence } from '../types';
import { add, between, type Context } from './relation-context';

/** "Quorrel and other rollups", "Quorrel compares to other state channel solutions", "Quorrel, like other zkVMs,". */
const AFTER_NAME = /^[*_`]*\s*(?:(?:,\s*)?(?:and|or)|,?\s*like|\s+compares?\s+(?:to|with)|\s+compared\s+(?:to|with))\s+(?:the\s+|many\s+|several\s+|some\s+|all\s+)?other\s+$/iu;
/** "Unlike other rollups, Quorrel …", "Like other zkVMs, Quorrel …". */
const FRONTED = /^[\s*_]*(?:un)?like\s+(?:the\s+|many\s+|most\s+|all\s+)?other\s+/iu;

/**
 * "Quorrel and other validity chains", "How does Quorrel compare to other payment channel solutions?", "Unlike other
 * sidechains, Quorrel …": a name set beside "other <class>" is one of that class (a class mention, after lower-case words only).
 */
export function otherClass(ctx: Context, s: Sentence): void {
  const mentions = ctx.bySentence[s.index] ?? [];
  const fronted = FRONTED.exec(s.text);
  if (fronted) {
    const cls = classAt(ctx, s, mentions, s.start + fronted[0].length);
    const comma = cls ? s.text.indexOf(',', cls.end - s.start) : -1;
    const subject = comma >= 0 ? mentions.find((m) => m.start > s.start + comma) : undefined;
    if (cls && subject && NAMED_TYPES.has(subject.type) && between(ctx, s, s.start + comma + 1, subject.start).words.every((w) => ctx.lexicon.determiners.has(w.lower)))
      add(ctx, subject, 'IS_A', cls, s.index, 'structure:other-class', ctx.lexicon.data.confidence.structure);
  }
  for (const named of mentions.filter((m) => NAMED_TYPES.has(m.type) && /\p{Lu}/u.test(m.text))) {
    const other = /^[^.;:!?]{0,40}?other\s+/iu.exec(s.text.slice(named.end - s.start));
    if (!other || !AFTER_NAME.test(other[0])) continue;
    const cls = classAt(ctx, s, mentions, named.end + other[0].length);
    if (cls && cls.key !== named.key) add(ctx, named, 'IS_A', cls, s.index, 'structure:other-class', ctx.lexicon.data.confidence.structure);
  }
}

/** The class mention at `from`, after at most two lower-case words. */
function classAt(ctx: Context, s: Sentence, mentions: readonly Mention[], from: number): Mention | undefined {
  const cls = mentions.find((m) => m.start >= from);
  if (!cls || !CLASS_TYPES.has(cls.type)) return undefined;
  const words = between(ctx, s, from, cls.start).words;
  return words.length <= 2 && words.every((w) => /^\p{Ll}/u.test(w.text)) ? cls : undefined;
}
