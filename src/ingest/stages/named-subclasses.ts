import { nameWords } from '../../domain/names';
import type { EntityType } from '../../domain/vocabulary';
import type { Mention } from '../types';
import { add, type Context } from './relation-context';

/**
 * The types whose names say what they are a kind of. Techniques only: among the gold files, a concept or a challenge
 * named after another ("Additional Documentation and Transparency", "data transparency") was rarely annotated as a kind of it.
 */
const KIND_TYPES: ReadonlySet<EntityType> = new Set(['Technique']);

/**
 * "Interactive dispute games" in a sentence that also speaks of "dispute games": a technique whose name is another
 * technique's name with words before it that narrow it ("interactive", "horizontal", "Reed–Solomon") is a kind of it.
 * Only names one sentence holds together are related (its evidence then shows both), each narrower name once. A name
 * with a function word before the other ("taxonomy of zkEVMs", "a layer for rollups") is no kind of it.
 */
export function namedSubclasses(ctx: Context, mentions: readonly Mention[]): void {
  const firsts = new Map<string, Mention>();
  const inSentence = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.nested || !KIND_TYPES.has(m.type)) continue;
    if (!firsts.has(m.key)) firsts.set(m.key, m);
    if (!inSentence.has(`${m.key}|${m.sentence}`)) inSentence.set(`${m.key}|${m.sentence}`, m);
  }
  const byWords = new Map([...firsts.values()].map((m) => [nameWords(m.name).join(' '), m]));
  for (const narrow of firsts.values()) {
    // (Split at spaces only: "non-interactive" is one word, and "Non-interactive Dispute Games" is no kind of "Interactive Dispute Games".)
    const words = narrow.name.split(/\s+/);
    for (let k = 1; k < words.length; k += 1) {
      const broad = byWords.get(nameWords(words.slice(k).join(' ')).join(' '));
      if (!broad || broad.type !== narrow.type) continue;
      if (words.slice(0, k).some((w) => ctx.lexicon.stopwords.has(w.toLowerCase()) || ctx.lexicon.minorWords.has(w.toLowerCase()))) break;
      // (Only where one sentence names both, so its evidence shows the two: "horizontal and vertical federated learning".)
      const pair = mentions.filter((m) => m.key === narrow.key && !m.nested).find((m) => inSentence.has(`${broad.key}|${m.sentence}`));
      const together = pair ? inSentence.get(`${broad.key}|${pair.sentence}`) : undefined;
      if (pair && together) add(ctx, pair, 'IS_A', together, pair.sentence, 'name:narrower', ctx.lexicon.data.confidence.structure);
      break;
    }
  }
}
