import type { Sentence } from '../types';
import { add, between, type Context } from './relation-context';

/**
 * "Quorrel is a way for rollups to post data", "Quillblobs offer a cheaper way for rollups to post data": the name after
 * "a way for" (lexicon `meansFor.nouns`), before "to", uses the name that opens the clause and is or offers the way
 * (`meansFor.verbs`, then only a determiner and adjectives before the noun).
 */
export function meansFor(ctx: Context, s: Sentence): void {
  const rule = ctx.lexicon.data.meansFor;
  const toks = ctx.tokens[s.index] ?? [];
  const mentions = ctx.bySentence[s.index] ?? [];
  for (let k = 1; k + 2 < toks.length; k += 1) {
    const noun = toks[k];
    if (!noun || !rule.nouns.includes(noun.lower) || toks[k + 1]?.lower !== 'for') continue;
    const user = mentions.find((m) => m.start >= (toks[k + 1]?.end ?? 0));
    if (!user || between(ctx, s, toks[k + 1]?.end ?? 0, user.start).words.some((w) => !ctx.lexicon.determiners.has(w.lower))) continue;
    if (toks.find((t) => t.start >= user.end)?.lower !== 'to') continue;
    // ("Quorrel, also known as Q1, is a way for …": an aside between commas may follow the name.)
    const provider = mentions
      .filter((m) => m.end <= noun.start)
      .reverse()
      .find((m) => {
        const aside = /^\s*,[^,;:()]*,/.exec(s.text.slice(m.end - s.start, noun.start - s.start))?.[0].length ?? 0;
        if (/[,;:()]/.test(s.text.slice(m.end + aside - s.start, noun.start - s.start))) return false;
        const [verb, ...rest] = between(ctx, s, m.end + aside, noun.start).words;
        return verb !== undefined && rule.verbs.includes(verb.lower) && rest.every((w) => ctx.lexicon.determiners.has(w.lower) || w.pos === 'ADJ' || w.pos === 'ADV');
      });
    if (provider) add(ctx, user, rule.type, provider, s.index, 'structure:means-for', ctx.lexicon.data.confidence.structure);
  }
}
