import { isPastParticiple, isPresentVerb } from '../text/english';
import { findCues } from '../text/phrases';
import type { Mention, Sentence, Span } from '../types';
import { chooseCue } from './cue-relations';
import { add, type Context } from './relation-context';

/**
 * "| Quorrel prover | Uses Tessbar proofs; built on Vexmoor | Acme |": a cell under no field's header whose clauses open
 * with a present verb or a past participle ("Uses X", "built on Y") describes the row's subject, which relates to the
 * first name after each cue in its clause. A clause with a word of its own before the cue ("Clients use X") is left alone.
 */
export function describedInRow(ctx: Context, s: Sentence, subject: Mention, cell: Span): void {
  const toks = (ctx.tokens[s.index] ?? []).filter((t) => t.start >= cell.start && t.end <= cell.end);
  const mentions = (ctx.bySentence[s.index] ?? []).filter((m) => m.start >= cell.start && m.end <= cell.end);
  for (const found of findCues(toks, ctx.lexicon)) {
    if (found.cue.hyponym || found.cue.type === 'IS_A' || mentions.some((m) => m.start <= found.start && found.end <= m.end)) continue;
    const clause =
      s.text
        .slice(cell.start - s.start, found.start - s.start)
        .split(/[;,]|\band\b/)
        .pop() ?? '';
    if (/[\p{L}\p{N}]/u.test(clause) || !(isPresentVerb(toks[found.startToken]) || isPastParticiple(toks[found.startToken]))) continue;
    const object = mentions.find((m) => m.start >= found.end);
    if (!object) continue;
    const gap = toks.filter((t) => t.start >= found.end && t.end <= object.start);
    if (/[;,.()]/.test(s.text.slice(found.end - s.start, object.start - s.start)) || gap.length > ctx.lexicon.data.maxGapWords.object) continue;
    if (gap.some((t) => ctx.lexicon.negators.has(t.lower) || ctx.lexicon.clauseBreakers.has(t.lower))) continue;
    const { cue } = chooseCue(found, object);
    if (cue.objectTypes && !cue.objectTypes.includes(object.type)) continue;
    if (cue.inverse) add(ctx, object, cue.type, subject, s.index, `cue:${cue.phrase}`, ctx.lexicon.data.confidence.cue);
    else add(ctx, subject, cue.type, object, s.index, `cue:${cue.phrase}`, ctx.lexicon.data.confidence.cue);
  }
}
