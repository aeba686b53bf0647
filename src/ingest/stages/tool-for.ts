import { AGENT_TYPES, CLASS_TYPES, NAMED_TYPES } from '../text/english';
import type { Token } from '../text/tokenize';
import type { Mention, Sentence } from '../types';
import { add, isModifier, isNounModifier, mentionHolding, modifiesNoun, type Context } from './relation-context';

const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM']);

/**
 * "Quillkit is a Python library for federated learning", "Quillkit, a toolkit for building payment channels,": a named
 * system described as a tool (lexicon `toolFor.nouns`) enables the techniques the tool is for. Only a determiner, adjectives
 * and nouns may stand between the copula (or the aside's comma) and the tool noun; after "for", one gerund, determiners,
 * adjectives and hyphened words. (What the technique naming a tool is to it, "a zk-SNARK library", texts say as IS_A,
 * USES and ENABLES alike: not read here.)
 */
export function toolFor(ctx: Context, s: Sentence): void {
  const rule = ctx.lexicon.data.toolFor;
  const toks = ctx.tokens[s.index] ?? [];
  const mentions = ctx.bySentence[s.index] ?? [];
  for (const [k, noun] of toks.entries()) {
    if (!rule.nouns.includes(noun.lower) || mentionHolding(mentions, noun)) continue;
    const subject = describedName(ctx, s, toks, k, mentions);
    if (!subject) continue;
    for (const object of purposeAfter(ctx, s, toks, k, mentions)) {
      if (CLASS_TYPES.has(object.type)) add(ctx, subject, rule.type, object, s.index, 'structure:tool-for', ctx.lexicon.data.confidence.structure);
    }
  }
}

/** The named system a copula or an aside's comma describes as the tool noun at `k`. */
function describedName(ctx: Context, s: Sentence, toks: readonly Token[], k: number, mentions: readonly Mention[]): Mention | undefined {
  let j = k - 1;
  while (toks[j] && !ctx.lexicon.determiners.has((toks[j] as Token).lower) && (mentionHolding(mentions, toks[j] as Token) || MODIFIER_TAGS.has(toks[j]?.pos ?? ''))) j -= 1;
  const article = toks[j];
  if (!article || !ctx.lexicon.determiners.has(article.lower)) return undefined;
  j -= 1;
  while (toks[j]?.pos === 'ADV') j -= 1;
  // (A copula, or an aside's comma, a colon or a dash right after the name: "Quillkit, a toolkit for ...", "Quillkit - A toolkit for ...".)
  const copula = toks[j]?.lemma === 'be' ? (toks[j] as Token) : undefined;
  const end = copula ? copula.start : (toks[j + 1] as Token).start;
  const subject = mentions.filter((m) => m.end <= end).pop();
  if (!subject || !NAMED_TYPES.has(subject.type) || AGENT_TYPES.has(subject.type)) return undefined;
  const gap = s.text.slice(subject.end - s.start, end - s.start);
  if (!(copula ? /^[*_`\s]*$/ : /^[*_`]*\s*[,:\-–—]\s*$/).test(gap)) return undefined;
  return subject;
}

/** The techniques after "for" that a tool noun at `k` is for: "for (building) (the) A and B". */
function purposeAfter(ctx: Context, s: Sentence, toks: readonly Token[], k: number, mentions: readonly Mention[]): Mention[] {
  if (toks[k + 1]?.lower !== 'for') return [];
  let j = k + 2;
  if (toks[j]?.lower.endsWith('ing') && (toks[j]?.pos === 'VERB' || toks[j]?.pos === 'NOUN')) j += 1;
  // (Determiners, adjectives and words a hyphen glues to the next one: "for the privacy-preserving ...".)
  const glued = (t: Token) => s.text[t.end - s.start] === '-' || s.text[t.start - s.start - 1] === '-';
  while (toks[j] && !mentionHolding(mentions, toks[j] as Token) && (ctx.lexicon.determiners.has((toks[j] as Token).lower) || toks[j]?.pos === 'ADJ' || glued(toks[j] as Token))) j += 1;
  const first = toks[j] && mentionHolding(mentions, toks[j] as Token);
  // (A name that only modifies what follows is not what the tool is for: "for FRI-based proofs", "for federated learning experiments".)
  if (!first || first.start !== (toks[j] as Token).start || isModifier(s, first) || isNounModifier(ctx, s, first) || modifiesNoun(ctx, s, first)) return [];
  const out = [first];
  for (const next of mentions.filter((m) => m.start > first.start)) {
    const last = out[out.length - 1] as Mention;
    if (!/^\s*(?:,|,?\s+and|,?\s+or)\s+$/.test(s.text.slice(last.end - s.start, next.start - s.start))) break;
    out.push(next);
  }
  return out;
}
