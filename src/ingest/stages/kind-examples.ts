import { CLASS_TYPES } from '../text/english';
import type { Mention, Sentence } from '../types';
import { add, between, type Context } from './relation-context';

const CLAUSE_WORDS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADJ', 'ADV', 'DET', 'NUM', 'PART']);

/**
 * "Quorrel chains may take several forms, including sidechains and rollups", "Tessbar proofs come in several flavours,
 * such as A and B": a class that opens the sentence, a clause of verbs and adjectives only, a kind noun (lexicon
 * `kindNouns`) and then the names the sentence lists, after an example cue ("including", "such as": the lexicon's
 * hyponym cues) or none, make each listed name a kind of the class.
 */
export function kindExamples(ctx: Context, s: Sentence): void {
  const toks = ctx.tokens[s.index] ?? [];
  const mentions = ctx.bySentence[s.index] ?? [];
  const cls = mentions[0];
  if (!cls || !CLASS_TYPES.has(cls.type) || !between(ctx, s, s.start, cls.start).words.every((w) => ctx.lexicon.determiners.has(w.lower))) return;
  const kindAt = toks.findIndex((t) => t.start >= cls.end && ctx.lexicon.kindNouns.has(t.lower));
  const kind = toks[kindAt];
  if (!kind || toks[kindAt + 1]?.lower === 'of') return;
  const clause = between(ctx, s, cls.end, kind.start).words;
  if (clause.length === 0 || !clause.some((w) => w.pos === 'VERB' || w.pos === 'AUX') || !clause.every((w) => CLAUSE_WORDS.has(w.pos ?? ''))) return;
  const items = listedAfter(ctx, s, kind.end, mentions);
  for (const item of items) if (item.key !== cls.key) add(ctx, item, 'IS_A', cls, s.index, 'structure:kind-examples', ctx.lexicon.data.confidence.structure);
}

/** The names listed right after `from`: an optional example cue first, then only commas and list connectors between them, to the sentence's end. */
function listedAfter(ctx: Context, s: Sentence, from: number, mentions: readonly Mention[]): Mention[] {
  const rest = mentions.filter((m) => m.start >= from);
  const first = rest[0];
  if (!first) return [];
  const lead = between(ctx, s, from, first.start).words.map((w) => w.lower);
  const cue = lead.length === 0 || (ctx.lexicon.cuesByFirstWord.get(lead[0] as string) ?? []).some((c) => c.hyponym && c.words.join(' ') === lead.join(' '));
  if (!cue || !/^[\s,:;—–*_-]*[\p{L}\s.]*[\s,:]*$/u.test(s.text.slice(from - s.start, first.start - s.start))) return [];
  const out: Mention[] = [first];
  for (const m of rest.slice(1)) {
    const gap = between(ctx, s, (out.at(-1) as Mention).end, m.start);
    if (!gap.words.every((w) => ctx.lexicon.listConnectors.has(w.lower)) || !/^[\s,*_\p{L}]*$/u.test(gap.text)) break;
    out.push(m);
  }
  const last = out.at(-1) as Mention;
  return /^[\s.!*_)]*$/.test(s.text.slice(last.end - s.start)) ? out : [];
}
