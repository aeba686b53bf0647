import { CLASS_TYPES } from '../text/english';
import type { Token } from '../text/tokenize';
import type { Mention, Sentence } from '../types';
import { add, between, type Context } from './relation-context';

/** An example cue after the applications' noun: "such as", "including", "like", "e.g.". */
const EXAMPLES = /^[\s,]*(?:such\s+as|including|like|e\.\s?g\.,?)\s+$/i;
/** What may stand between two listed examples: a parenthesised short name, a comma, "and" or "or". */
const LISTED = /^\s*(?:\([^()]{1,30}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * "Quorrel has many applications, such as private voting and fast withdrawals", "Tessbar schemes have several use cases
 * including A": the techniques, concepts and use cases a thing's applications (lexicon `applications.nouns`, a few
 * words after one of its `verbs`) are listed as, it enables (lexicon `applications.type`). The thing is the name right
 * before the verb, or the name before an example aside that stands between ("X schemes including Y have …").
 */
export function applicationExamples(ctx: Context, s: Sentence): void {
  const rule = ctx.lexicon.data.applications;
  const toks = ctx.tokens[s.index] ?? [];
  const mentions = (ctx.bySentence[s.index] ?? []).filter((m) => !m.nested);
  for (const [k, verb] of toks.entries()) {
    if (k === 0 || !rule.verbs.includes(verb.lower)) continue;
    // (A noun of one word or more: "applications", "use cases".)
    const nouns = rule.nouns.map((p) => p.split(/\s+/));
    const at = (j: number) => nouns.find((words) => words.every((w, i) => toks[j + i]?.lower === w));
    const n = toks.slice(k + 1, k + 7).findIndex((_, i) => at(k + 1 + i) !== undefined);
    const noun = n < 0 ? undefined : toks[k + n + (at(k + 1 + n)?.length ?? 1)];
    if (n < 0 || !noun) continue;
    // (Only determiners, adjectives, adverbs and "of" between: "a broad range of applications", "many practical uses".)
    const opening = toks[k + 1 + n] as Token;
    const words = between(ctx, s, verb.end, opening.start).words;
    if (mentions.some((m) => m.start > verb.end && m.end <= noun.end) || words.some((w) => w.pos === 'VERB' || w.pos === 'AUX')) continue;
    const first = mentions.find((m) => m.start >= noun.end);
    if (!first || !EXAMPLES.test(s.text.slice(noun.end - s.start, first.start - s.start))) continue;
    const before = mentions.filter((m) => m.end <= verb.start);
    const near = before.at(-1);
    const aside =
      near !== undefined && before.length > 1 && /^(?:\s+[\p{Ll}-]+){0,3}\s+(?:such\s+as|including|like)\s+$/u.test(s.text.slice((before.at(-2) as Mention).end - s.start, near.start - s.start));
    const subject = aside ? before.at(-2) : near;
    if (!subject || /[,;:()]/.test(s.text.slice(subject.end - s.start, verb.start - s.start).replace(/\([^()]*\)/g, ''))) continue;
    const examples = [first];
    for (const m of mentions.filter((x) => x.start > first.end)) {
      const last = examples.at(-1) as Mention;
      if (!LISTED.test(s.text.slice(last.end - s.start, m.start - s.start))) break;
      examples.push(m);
    }
    for (const m of examples) if (CLASS_TYPES.has(m.type) && m.key !== subject.key) add(ctx, subject, rule.type, m, s.index, 'structure:applications', ctx.lexicon.data.confidence.structure);
  }
}
