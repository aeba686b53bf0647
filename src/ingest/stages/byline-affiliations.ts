import type { Mention, Sentence } from '../types';
import { add, textOutside, type Context } from './relation-context';

/** How many sentences from the top a byline may stand. */
const BYLINE_REACH = 8;
/** Marks that tie an author to an affiliation: superscript or plain digits, daggers. */
const MARKS = /[\p{No}\p{Nd}†‡§]/gu;

/**
 * A paper's byline and the affiliation line under it:
 *
 *     **Jane Roe¹, Ravi Ostrane², Mara Tillerman¹**
 *     ¹ Quorrel University · ² Tessbar Institute
 *
 * Each author is PART_OF the group its mark points to. Without marks, every author is PART_OF the first group the line
 * opens with ("Jane Roe, Ravi Ostrane and Mara Tillerman" over "Quorrel University, Department of Physics").
 */
export function bylineAffiliations(ctx: Context): void {
  const sentences = ctx.seg.sentences.slice(0, BYLINE_REACH);
  for (const [k, s] of sentences.entries()) {
    const authors = bylineAuthors(ctx, s);
    const line = sentences[k + 1];
    if (!authors || !line) continue;
    const groups = (ctx.bySentence[line.index] ?? []).filter((m) => m.type !== 'Person' && /^\p{Lu}/u.test(m.text));
    if (groups.length === 0) return;
    const marked = groups.map((g) => ({ group: g, marks: marksBefore(line, g) }));
    // (Unmarked, the first group must open the line, and be no unit of the next: "Institute of Computer Science, University of
    // Quorrel" names a part first.)
    const units = ctx.lexicon.data.affiliation?.units ?? [];
    const unit = (g: Mention) => groups.length > 1 && units.includes(/^(\p{L}+)\s+of\s/u.exec(g.text)?.[1]?.toLowerCase() ?? '');
    const opening = groups.slice(0, 1).filter((g) => /^[\s*_]*$/.test(line.text.slice(0, g.start - line.start)) && !unit(g));
    const confidence = ctx.lexicon.data.confidence.structure;
    for (const author of authors) {
      const marks = marksAfter(s, author);
      const targets = marks.length > 0 ? marked.filter((x) => x.marks.some((m) => marks.includes(m))).map((x) => x.group) : marked.some((x) => x.marks.length > 0) ? [] : opening;
      for (const g of targets) add(ctx, author, 'PART_OF', g, line.index, 'structure:byline', confidence);
    }
    return;
  }
}

/** The people of a line that names only people, with marks, commas and "and" between them; undefined for any other line. */
function bylineAuthors(ctx: Context, s: Sentence): Mention[] | undefined {
  const mentions = ctx.bySentence[s.index] ?? [];
  if (mentions.length < 2 || !mentions.every((m) => m.type === 'Person')) return undefined;
  return /^(?:[\s*_,;·|&]|\band\b)*$/u.test(textOutside(s, mentions).replace(MARKS, '')) ? mentions : undefined;
}

/** The marks right after an author's name ("Roe¹²", "Roe1,2"). */
function marksAfter(s: Sentence, m: Mention): string[] {
  const after = /^[\p{No}\p{Nd}†‡§,]*/u.exec(s.text.slice(m.end - s.start))?.[0] ?? '';
  return after.match(MARKS) ?? [];
}

/** The marks of the part of the affiliation line a group stands in: the last marks before it that open a name ("¹ Quorrel University"). */
function marksBefore(line: Sentence, g: Mention): string[] {
  // (The name's first letter is kept: a run of marks opens a name.)
  const opening = [...line.text.slice(0, g.start - line.start + 1).matchAll(MARK_RUN)].pop();
  return opening?.[1]?.match(MARKS) ?? [];
}

const MARK_RUN = /(?:^|[\s*_·,;|])([\p{No}\p{Nd}†‡§]+)[\s*_]*(?=\p{Lu})/gu;
