import { CLASS_TYPES, NAMED_TYPES } from '../text/english';
import type { Mention, Sentence } from '../types';
import { add, type Context } from './relation-context';

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
    const rest = inside.reduceRight((text, m) => text.slice(0, m.start - from) + text.slice(m.end - from), s.text.slice(from - s.start, to - s.start));
    if (!/^(?:[\s,]|\band\b|\bor\b)*$/i.test(rest)) continue;
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
  const q = before.findIndex((t) => ctx.lexicon.listQuantifiers.has(t.lower) || /^\p{N}+$/u.test(t.text));
  return q >= 0 && before.slice(q + 1).every((t) => /^\p{Ll}/u.test(t.text) && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'VERB'));
}
