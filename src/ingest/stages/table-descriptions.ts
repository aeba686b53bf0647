import { CLASS_TYPES, isPastParticiple, isPresentVerb } from '../text/english';
import { normalizeLabel } from '../lexicon';
import { findCues } from '../text/phrases';
import type { Token } from '../text/tokenize';
import type { Mention, Sentence, Span } from '../types';
import { chooseCue } from './cue-relations';
import { add, type Context } from './relation-context';

/**
 * "| Quorrel prover | Uses Tessbar proofs; built on Vexmoor | Acme |": a cell under no field's header whose clauses open
 * with a present verb or a past participle ("Uses X", "built on Y") describes the row's subject, which relates to the
 * first name after each cue in its clause. A clause with a word of its own before the cue ("Clients use X") is left alone.
 * A cell that opens with a noun phrase and has no verb of its own ("| Quorrel | EVM sidechain anchored to Vexmoor |"):
 * the cues after the phrase are about the subject, and under a header that says what the subject is ("What it is",
 * lexicon `descriptionHeaders`) the subject is a kind of the class that ends the phrase.
 */
export function describedInRow(ctx: Context, s: Sentence, subject: Mention, cell: Span, header: string): void {
  const toks = (ctx.tokens[s.index] ?? []).filter((t) => t.start >= cell.start && t.end <= cell.end);
  const mentions = (ctx.bySentence[s.index] ?? []).filter((m) => m.start >= cell.start && m.end <= cell.end);
  const phraseEnd = openingNounPhraseEnd(toks);
  const kind = phraseEnd === undefined || !ctx.lexicon.descriptionHeaders.has(normalizeLabel(header)) ? undefined : mentions.find((m) => m.end === phraseEnd && CLASS_TYPES.has(m.type));
  if (kind) add(ctx, subject, 'IS_A', kind, s.index, 'structure:table', ctx.lexicon.data.confidence.structure);
  for (const found of findCues(toks, ctx.lexicon)) {
    if (found.cue.hyponym || found.cue.type === 'IS_A' || mentions.some((m) => m.start <= found.start && found.end <= m.end)) continue;
    const clause =
      s.text
        .slice(cell.start - s.start, found.start - s.start)
        .split(/[;,]|\band\b/)
        .pop() ?? '';
    const described = phraseEnd !== undefined && /^[\s*_]*$/.test(s.text.slice(phraseEnd - s.start, found.start - s.start));
    if ((/[\p{L}\p{N}]/u.test(clause) && !described) || !(isPresentVerb(toks[found.startToken]) || isPastParticiple(toks[found.startToken]))) continue;
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

const NOUN_PHRASE_TAGS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "EVM sidechain anchored to X", "Hybrid rollup on X": where the noun phrase a cell opens with ends, when the cell has no verb
 * of its own (a participle after the phrase is no verb of its own); else undefined.
 */
function openingNounPhraseEnd(toks: readonly Token[]): number | undefined {
  let n = 0;
  while (n < toks.length && NOUN_PHRASE_TAGS.has((toks[n] as Token).pos ?? '')) n += 1;
  const verb = toks.slice(n).some((t) => t.pos === 'AUX' || (t.pos === 'VERB' && !isPastParticiple(t)));
  return n === 0 || verb ? undefined : (toks[n - 1] as Token).end;
}
