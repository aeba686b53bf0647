import { CLASS_TYPES, NAMED_TYPES } from '../text/english';
import type { Sentence } from '../types';
import { add, type Context } from './relation-context';

/**
 * "DA layers (Quillnet, Marrowchain and Tessel)", "**Self-custodial wallets** (Phoenix, Zeus)": names listed in
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
