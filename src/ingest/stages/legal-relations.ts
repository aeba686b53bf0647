import type { Block, Mention, Sentence } from '../types';
import { add, between, isPossessiveGap, type Context } from './relation-context';

/** What a numbered part can belong to: a law, or a standard or framework (typed Initiative). */
const WHOLE_TYPES: ReadonlySet<string> = new Set(['Regulation', 'Initiative']);
const isPart = (m: Mention) => m.rule === 'discover:legal-part';
/** Who acts under a law rather than being a part of it. */
const AGENTS: ReadonlySet<string> = new Set(['Person', 'Organization']);
const isWhole = (m: Mention) => WHOLE_TYPES.has(m.type) && !isPart(m);

/**
 * "Article 22 of the Quill Act", "Article 6(1)(c) QDPR", "QDPR Art. 9", "the Quill Act’s Article 5": a numbered
 * part (`legalParts`) is PART_OF the law named right after it ("of the" between) or right before it.
 * Otherwise ("a lawful basis under Article 6"), of the nearest law the sentence names, else the last
 * one its paragraph named before it; with less confidence, as a reader infers it. A term named right before "under"
 * the part ("the right to erasure under Article 17") is PART_OF the part.
 */
export function legalPartOf(ctx: Context, block: Block, s: Sentence): void {
  const mentions = ctx.bySentence[s.index] ?? [];
  const { confidence } = ctx.lexicon.data;
  for (const [i, part] of mentions.entries()) {
    if (!isPart(part)) continue;
    const next = mentions[i + 1];
    const previous = mentions[i - 1];
    const gap = (a: Mention, b: Mention) => between(ctx, s, a.end, b.start).text;
    if (next && isWhole(next) && /^\s+(?:of\s+(?:the\s+)?)?$/i.test(gap(part, next))) {
      add(ctx, part, 'PART_OF', next, s.index, 'structure:legal-part', confidence.structure);
      continue;
    }
    if (previous && isWhole(previous) && (/^\s+$/.test(gap(previous, part)) || isPossessiveGap(gap(previous, part)))) {
      add(ctx, part, 'PART_OF', previous, s.index, 'structure:legal-part', confidence.structure);
      continue;
    }
    // ("the right to erasure under Article 17", "a DPIA (…) under Article 35": a term a numbered part provides for is part of it.)
    if (previous && !isWhole(previous) && !isPart(previous) && !AGENTS.has(previous.type) && /^[*_`)]*(?:\s*\([^()]*\))?\s+under\s+$/i.test(gap(previous, part)))
      add(ctx, previous, 'PART_OF', part, s.index, 'structure:legal-part', confidence.structure);
    const before = mentions.slice(0, i).filter(isWhole).pop() ?? mentions.slice(i + 1).find(isWhole);
    const earlier = (ctx.byBlock[block.index] ?? [])
      .filter((x) => x.index < s.index)
      .flatMap((x) => ctx.bySentence[x.index] ?? [])
      .filter(isWhole)
      .pop();
    const whole = before ?? earlier;
    if (whole) add(ctx, part, 'PART_OF', whole, s.index, 'structure:legal-part', confidence.discovered);
  }
}
