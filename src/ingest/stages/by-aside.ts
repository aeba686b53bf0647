import type { Mention, Sentence } from '../types';
import { add, type Context } from './relation-context';

/** What may follow one maker of the aside: "et al.", a year or a reference number in brackets ("(2020)", "[12]"). */
const AFTER_MAKER = /^(?:\s+et\s+al\.?)?(?:\s*\(\s*\p{N}{4}\s*\)|\s*\[[\p{N},\s–-]+\])?/u;
/** Between two makers: a comma or "and". */
const BETWEEN_MAKERS = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/**
 * "Tessbar-Agg, by Roe et al. (2020), reduces …", "Quorrel, by Jane Roe and Tom Hall, introduced …": an aside that opens
 * with "by" right after a name, and names only people or organizations before it closes, says who made the name:
 * DEVELOPED_BY each of them (a structure, so a person's technique is PROPOSED_BY: lexicon `retypes`).
 */
export function byAside(ctx: Context, s: Sentence): void {
  const mentions = ctx.bySentence[s.index] ?? [];
  for (const [i, made] of mentions.entries()) {
    if (made.type === 'Person' || made.type === 'Organization') continue;
    const opening = /^[*_`]*(?:\s*\([^()]*\))?\s*,\s*by\s+/.exec(s.text.slice(made.end - s.start));
    if (!opening) continue;
    const makers: Mention[] = [];
    let at = made.end + opening[0].length;
    for (const m of mentions.slice(i + 1)) {
      const gap = s.text.slice(at - s.start, m.start - s.start);
      if ((makers.length === 0 ? gap !== '' : !BETWEEN_MAKERS.test(gap)) || (m.type !== 'Person' && m.type !== 'Organization')) break;
      makers.push(m);
      at = m.end + (AFTER_MAKER.exec(s.text.slice(m.end - s.start))?.[0].length ?? 0);
    }
    // (The aside closes after its makers: "by Jane Roe in 2019" says when, and "by Jane Roe's team" whose.)
    if (makers.length === 0 || !/^\s*(?:[,;)]|\.?\s*$)/.test(s.text.slice(at - s.start))) continue;
    for (const m of makers) add(ctx, made, 'DEVELOPED_BY', m, s.index, 'structure:by-aside', ctx.lexicon.data.confidence.structure);
  }
}
