import type { CueHit } from '../text/phrases';
import type { Mention, Sentence } from '../types';
import type { Context } from './relation-context';

/**
 * "In Quorrel, validity proofs are used to settle disputes": a sentence that opens with a place (lexicon `placeOpeners`, then a
 * project, network or technique, perhaps its kind noun, and a comma) and states a passive cue with no agent and no object says the place is the
 * agent. Returns that name, or undefined.
 */
export function frontedPlace(ctx: Context, s: Sentence, hit: CueHit, subject: Mention): Mention | undefined {
  if (hit.cue.inverse || hit.cue.hyponym || hit.cue.type === 'IS_A') return undefined;
  const toks = ctx.tokens[s.index] ?? [];
  // (A passive: the cue's word after "is", "are", "will be", "can be", an adverb between.)
  const before = toks.slice(Math.max(0, hit.startToken - 2), hit.startToken).filter((t) => t.pos !== 'ADV');
  if (before.at(-1)?.lemma !== 'be') return undefined;
  const opener = toks[0];
  const place = (ctx.bySentence[s.index] ?? []).find((m) => m.start > (opener?.end ?? 0));
  if (!opener || !place || !ctx.lexicon.data.placeOpeners.includes(opener.lower) || place.end > subject.start) return undefined;
  if (!['Project', 'Network', 'Technique'].includes(place.type)) return undefined;
  const lead = s.text.slice(opener.end - s.start, place.start - s.start);
  const rest = s.text.slice(place.end - s.start, subject.start - s.start);
  // ("In the Quorrel chain, …": a kind noun of the lexicon may follow the name.)
  const kind = /^\s+([\p{Ll}-]+)[\s*_`]*,/u.exec(rest)?.[1];
  const closes = /^[\s*_`]*,/.test(rest) || (kind !== undefined && ctx.lexicon.typeByWord.has(kind));
  return /^\s+(?:the\s+)?$/i.test(lead) && closes && !/[;:]/.test(rest) ? place : undefined;
}
