import { CLASS_TYPES } from '../text/english';
import type { Token } from '../text/tokenize';
import type { Sentence } from '../types';
import { add, between, type Context } from './relation-context';

const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * "Another major type of layer 2 solution is Quorrel", "One family of attacks is replay": a sentence that opens with a
 * kind noun of a class ("type of X", lexicon `kindNouns`, after a determiner, "one" and adjectives) and then a copula
 * makes the name right after the copula a kind of the class.
 */
export function kindOpener(ctx: Context, s: Sentence): void {
  const toks = ctx.tokens[s.index] ?? [];
  const mentions = ctx.bySentence[s.index] ?? [];
  let k = 0;
  while (k < toks.length && (ctx.lexicon.determiners.has((toks[k] as Token).lower) || (toks[k] as Token).lower === 'one' || (toks[k] as Token).pos === 'ADJ')) k += 1;
  if (!ctx.lexicon.kindNouns.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'of') return;
  if (!/^[\s*_"“]*$/.test(s.text.slice(0, (toks[0] as Token).start - s.start))) return;
  const ofEnd = (toks[k + 1] as Token).end;
  const cls = mentions.find((m) => m.start >= ofEnd);
  if (!cls || !CLASS_TYPES.has(cls.type) || between(ctx, s, ofEnd, cls.start).words.length > 0) return;
  const copula = toks.findIndex((t) => t.start >= cls.end && COPULAS.has(t.lower));
  if (copula < 0 || !between(ctx, s, cls.end, (toks[copula] as Token).start).words.every((w) => w.pos === 'NOUN' || w.pos === 'ADJ')) return;
  const after = (toks[copula] as Token).end;
  const kind = mentions.find((m) => m.start >= after);
  if (kind && between(ctx, s, after, kind.start).words.every((w) => ctx.lexicon.determiners.has(w.lower)))
    add(ctx, kind, 'IS_A', cls, s.index, 'structure:kind-opener', ctx.lexicon.data.confidence.structure);
}
