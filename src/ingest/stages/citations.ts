import type { Sentence } from '../types';
import { add, type Context } from './relation-context';

/** "(Tillerman et al., 2021)", "(Roe and Ostrane, 2019)", "(Roe et al. [4])": surnames, then a year or a reference number. */
const CITATION = /^\s*\(\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:(?:19|20)\d\d[a-z]?|\[\d+\])\s*\)/u;

/**
 * "Quorrel (Tillerman et al., 2021) relies on ...": a name with a citation in parentheses right after it was proposed by the
 * authors the citation names.
 */
export function citedProposers(ctx: Context, s: Sentence): void {
  const mentions = ctx.bySentence[s.index] ?? [];
  for (const named of mentions) {
    const cite = CITATION.exec(s.text.slice(named.end - s.start));
    if (!cite) continue;
    const end = named.end + cite[0].length;
    for (const author of mentions.filter((m) => m.start > named.end && m.end <= end)) {
      add(ctx, named, 'PROPOSED_BY', author, s.index, 'structure:citation', ctx.lexicon.data.confidence.structure);
    }
  }
}
