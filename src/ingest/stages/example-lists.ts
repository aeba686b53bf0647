import { CLASS_TYPES, NAMED_TYPES } from '../text/english';
import type { Mention, Sentence } from '../types';
import { startsLower, type Token } from '../text/tokenize';
import { add, between, textOutside, type Context } from './relation-context';
import { openingMention, referredOpener } from './antecedents';
import { findCues } from '../text/phrases';

/**
 * "DA layers (Quillnet, Marrowchain and Ostrane)", "**Self-custodial wallets** (Phoenix, Zeus)": names listed in
 * parentheses right after a plural class are kinds of it. Only a list of two or more names, joined by commas or
 * "and"/"or", that fills the parentheses.
 */
export function parenthesizedExamples(ctx: Context, s: Sentence): void {
  const mentions = ctx.bySentence[s.index] ?? [];
  for (const [i, cls] of mentions.entries()) {
    if (!CLASS_TYPES.has(cls.type) || !/s$/i.test(cls.text)) continue;
    const open = /^[*_]*\s*\(/.exec(s.text.slice(cls.end - s.start));
    if (!open) continue;
    const from = cls.end + open[0].length;
    const close = s.text.indexOf(')', from - s.start);
    if (close < 0) continue;
    const to = s.start + close;
    const inside = mentions.slice(i + 1).filter((m) => m.start >= from && m.end <= to);
    if (inside.length < 2 || !inside.every((m) => NAMED_TYPES.has(m.type))) continue;
    // The names and their separators must fill the parentheses.
    if (!/^(?:[\s,]|\band\b|\bor\b)*$/i.test(textOutside(s, inside, from, to))) continue;
    for (const m of inside) add(ctx, m, 'IS_A', cls, s.index, 'structure:parenthesized-examples', ctx.lexicon.data.confidence.structure);
  }
}

/**
 * "Three proving networks now lead: Quillnet, Vexmoor and Ostrane.": names listed after a colon that
 * closes a clause counting a plural class (`isCounted`) are kinds of it. At least two list items, and most of them, must each be exactly one name.
 */
export function colonExamples(ctx: Context, s: Sentence): void {
  const colon = s.text.indexOf(':');
  if (colon < 0) return;
  const mentions = (ctx.bySentence[s.index] ?? []).filter((m) => !m.nested);
  const toks = ctx.tokens[s.index] ?? [];
  const at = s.start + colon;
  const cls = mentions.filter((m) => m.end <= at && CLASS_TYPES.has(m.type) && /s$/i.test(m.text)).pop();
  if (!cls || mentions.some((m) => m.start >= cls.end && m.end <= at)) return;
  if (!isCounted(ctx, s, cls)) return;
  // (A verb or two may close the clause: "now lead:", "are in use today:".)
  if (toks.filter((t) => t.start >= cls.end && t.end <= at).length > 4) return;
  const list = s.text.slice(colon + 1).replace(/[.;!?\s]+$/, '');
  const items = list.split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).filter((x) => x.trim() !== '');
  const named = mentions.filter((m) => m.start > at && NAMED_TYPES.has(m.type) && items.some((x) => x.trim().replace(/^the\s+/i, '') === m.text));
  if (named.length < 2 || named.length * 2 < items.length) return;
  for (const m of named) add(ctx, m, 'IS_A', cls, s.index, 'structure:colon-examples', ctx.lexicon.data.confidence.structure);
}

/**
 * "Several privacy-enhancing technologies", "the three external DA layers", "5 rollups": a class that a count (lexicon
 * `listQuantifiers` or a number) stands before, with at most two lower-case adjectives, nouns or participles between.
 */
export function isCounted(ctx: Context, s: Sentence, cls: Mention): boolean {
  const toks = ctx.tokens[s.index] ?? [];
  const before = toks.filter((t) => t.end <= cls.start).slice(-3);
  const q = before.findIndex((t) => counts(ctx, t));
  return q >= 0 && before.slice(q + 1).every((t) => /^\p{Ll}/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'VERB'));
}

/**
 * "supports three proving systems: A, B and C", "combines three ingredients that were long studied apart: a, b and c":
 * a colon after a class the cue counts opens the cue's objects, the name that opens each item of the list
 * ("a at each client, b at the server"). Undefined when the words after the cue are no counted class and a colon.
 */
export function colonListObjects(ctx: Context, s: Sentence, cueEnd: number, mentions: readonly Mention[]): Mention[] | undefined {
  const colon = s.text.indexOf(':', cueEnd - s.start);
  if (colon < 0) return undefined;
  const at = s.start + colon;
  const gap = between(ctx, s, cueEnd, at);
  if (/[,;.()]/.test(gap.text) || gap.words.length > ctx.lexicon.data.maxGapWords.object + 8) return undefined;
  // (A lower-case class the catalog knows may stand in the gap; a name may not: "uses Quorrel for two jobs:" has its object.)
  if (mentions.some((m) => m.start >= cueEnd && m.end <= at && !startsLower(m.text))) return undefined;
  const words = gap.words.filter((w) => !ctx.lexicon.determiners.has(w.lower));
  const [count] = words;
  if (!count || !counts(ctx, count)) return undefined;
  // The class: at most three lower-case nouns, adjectives or participles, then a relative clause or nothing.
  const relative = words.findIndex((w) => ctx.lexicon.relativePronouns.has(w.lower));
  const phrase = words.slice(1, relative < 0 ? undefined : relative);
  if (phrase.length === 0 || phrase.length > 3 || !phrase.every((w) => startsLower(w.text) && ['NOUN', 'ADJ', 'VERB'].includes(w.pos ?? ''))) return undefined;
  if (phrase.at(-1)?.pos !== 'NOUN') return undefined;
  const { items, openers } = listedAfter(s, colon, mentions);
  return items >= 2 && openers.length > 0 ? openers : undefined;
}

/** "several", "three", "4": a word that counts the class after it (lexicon `listQuantifiers`, or digits). */
function counts(ctx: Context, t: Token): boolean {
  return ctx.lexicon.listQuantifiers.has(t.lower) || /^\p{N}+$/u.test(t.text);
}

/** The list after the colon at `colon`: how many items it has, and the name that opens each item (after an article) that has one. */
function listedAfter(s: Sentence, colon: number, mentions: readonly Mention[]): { items: number; openers: Mention[] } {
  const starts = itemStarts(s.text, colon + 1);
  const openers = starts.flatMap((start) => {
    const lead = /^[\s*_]*(?:(?:the|an?)\s+)?/i.exec(s.text.slice(start))?.[0].length ?? 0;
    return mentions.filter((m) => m.start === s.start + start + lead).slice(0, 1);
  });
  return { items: starts.length, openers };
}

/** Where each item of a list that runs from `from` to the sentence's end starts: after commas, semicolons and "and"/"or" outside parentheses. */
function itemStarts(text: string, from: number): number[] {
  const cuts = [from];
  let depth = 0;
  for (let i = from; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth > 0) continue;
    else if (c === ',' || c === ';') cuts.push(i + 1);
    else {
      JOINER.lastIndex = i;
      const joiner = JOINER.exec(text);
      if (joiner) cuts.push(i + joiner[0].length);
    }
  }
  // ("a, b, and c": the comma and the "and" cut once.)
  return cuts.filter((x, k) => !/^\s*$/.test(text.slice(x, cuts[k + 1] ?? x).replace(/\b(?:and|or)\b/g, '')) || cuts[k + 1] === undefined);
}

const JOINER = /\s(?:and|or)\s/y;

/**
 * "The Act sorts AI systems into four tiers: unacceptable risk, high risk, limited risk and minimal risk", "It organizes
 * risk work into four functions: A, B, C and D": items a colon lists after a counted noun of parts (lexicon `partNouns`)
 * are parts of the sentence's opening name (or of what its opening pronoun stands for). Not when a cue before the colon
 * reads the items itself ("consists of three components:").
 */
export function countedParts(ctx: Context, s: Sentence): void {
  const colon = s.text.indexOf(':');
  if (colon < 0) return;
  const toks = (ctx.tokens[s.index] ?? []).filter((t) => t.end <= s.start + colon);
  const mentions = ctx.bySentence[s.index] ?? [];
  // ("There are three actors in Quorrel:", "two components of the Quorrel stack:": a capitalised whole after "in" or "of"
  // closes the phrase of the counted parts.)
  const closing = mentions.find((m) => m.end <= s.start + colon && /^\p{Lu}/u.test(m.text) && /^\s*$/.test(s.text.slice(m.end - s.start, colon)));
  const at = closing ? toks.findIndex((t) => t.start >= closing.start) : -1;
  const preposition = at - (toks[at - 1]?.lower === 'the' ? 2 : 1);
  const placed = closing !== undefined && ['in', 'of', 'within'].includes(toks[preposition]?.lower ?? '');
  const counted = placed ? toks.slice(0, preposition) : toks;
  const noun = counted.at(-1);
  if (!noun || !ctx.lexicon.partNouns.has(noun.lower) || (!placed && !/^\s*$/.test(s.text.slice(noun.end - s.start, colon)))) return;
  const words = counted.slice(-5, -1);
  const q = words.findIndex((t) => counts(ctx, t));
  if (q < 0 || !words.slice(q + 1).every((t) => startsLower(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN'))) return;
  // (A copula after "there" only says the parts exist.)
  if (findCues(toks, ctx.lexicon).some((h) => !h.cue.hyponym && !ctx.lexicon.existentialWords.has(toks[h.startToken - 1]?.lower ?? ''))) return;
  const opening = openingMention(ctx, s);
  const whole = placed && closing ? closing : opening && opening.end <= s.start + colon && NAMED_TYPES.has(opening.type) ? opening : referredOpener(ctx, s);
  if (!whole) return;
  const { items, openers } = listedAfter(s, colon, mentions);
  if (items < 2) return;
  for (const part of openers.filter((m) => m.key !== whole.key)) add(ctx, part, 'PART_OF', whole, s.index, 'structure:counted-parts', ctx.lexicon.data.confidence.structure);
}
