import { NAMED_TYPES } from '../text/english';
import { isEnglishWord } from '../text/pos';
import { nameKey } from '../../domain/names';
import type { Block, Mention, Sentence } from '../types';
import { add, textOutside, type Context } from './relation-context';

/**
 * "(Tillerman et al., 2021)", "(Roe and Ostrane, 2019)", "(Roe et al. [4])", "[Roe 2017, Roe et al. 2019]": surnames, then a
 * year or a reference number, in parentheses or brackets (the first of several citations); a short form in parentheses may
 * stand between the name and the citation ("Quorrel Privacy (QP) [Roe 2017]").
 */
const CITATION = /^(?:\s*\([^()]{1,12}\))?\s*[([]\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?:\s+et\s+al\.?|\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]+)?,?\s+(?:(?:19|20)\d\d[a-z]?|\[\d+\])\s*[)\],;]/u;

/**
 * "Quorrel (Tillerman et al., 2021) relies on ...": a name with a citation in parentheses right after it was proposed by the
 * authors the citation names.
 */
export function citedProposers(ctx: Context, s: Sentence): void {
  const mentions = ctx.bySentence[s.index] ?? [];
  for (const named of mentions) {
    const cite = CITATION.exec(s.text.slice(named.end - s.start));
    if (!cite) continue;
    const end = named.end + cite[0].length;
    for (const author of mentions.filter((m) => m.start > named.end && m.end <= end)) {
      add(ctx, named, 'PROPOSED_BY', author, s.index, 'structure:citation', ctx.lexicon.data.confidence.structure);
    }
  }
}

/** What may stand around the authors of a reference entry: a "[5]." marker, commas, "and", "et al.". */
const AUTHOR_GLUE = /^(?:[\s.,;*_]|\[\d+\]|\d+\.|\band\b|\bet\s+al\b)*$/u;

/**
 * A reference list entry, "[11]. Jane Roe and Ravi Ostrane. Quorrel: A Framework for ...": a line of people only, then a
 * title that opens with a name before a colon or a spaced dash. The named work was proposed by the authors.
 */
export function referenceEntry(ctx: Context, sentences: readonly Sentence[]): void {
  // ("[11]." may be a sentence of its own.)
  const [byline, title] = sentences.filter((x, k) => k > 0 || /\p{L}/u.test(x.text));
  if (!byline || !title) return;
  const authors = ctx.bySentence[byline.index] ?? [];
  if (authors.length === 0 || !authors.every((m) => m.type === 'Person')) return;
  if (!AUTHOR_GLUE.test(textOutside(byline, authors))) return;
  const work = (ctx.bySentence[title.index] ?? [])[0];
  if (!work || work.type === 'Person' || !/^[\s*_"“]*$/.test(title.text.slice(0, work.start - title.start))) return;
  if (!/^\s*(?::|[-–—]\s)/.test(title.text.slice(work.end - title.start)) || !coined(work)) return;
  for (const author of authors) add(ctx, work, 'PROPOSED_BY', author, title.index, 'structure:reference', ctx.lexicon.data.confidence.structure);
}

/**
 * A BibTeX entry ("@software{…, author = {Jane Roe and Ravi Ostrane}, title = {acme/quill: v1.2}}") whose title opens with
 * a name the article mentions ("Quill: a library for …", or a repository's "owner/name"): that work was developed by the
 * authors (proposed by them, when it is a technique or a concept).
 */
export function citedAuthors(ctx: Context, block: Block, sentences: readonly Sentence[]): void {
  const byline = sentences[0];
  if (block.kind !== 'citation' || !block.term || !byline) return;
  const lead = /^[\s{]*([^:{}]+?)[\s}]*(?::|$)/.exec(block.term.text)?.[1] ?? '';
  const key = nameKey(lead.slice(lead.lastIndexOf('/') + 1));
  const work = key === '' ? undefined : ctx.bySentence.flat().find((m) => m.key === key && m.type !== 'Person');
  if (!work) return;
  const type = NAMED_TYPES.has(work.type) ? 'DEVELOPED_BY' : 'PROPOSED_BY';
  for (const author of ctx.bySentence[byline.index] ?? []) {
    if (author.type === 'Person') add(ctx, work, type, author, byline.index, 'structure:citation-authors', ctx.lexicon.data.confidence.structure);
  }
}

/** A named system, not a field a title opens with ("Federated Learning: Strategies for ..."): a known named thing, or a word no dictionary has. */
function coined(m: Mention): boolean {
  return (!m.discovered && NAMED_TYPES.has(m.type)) || (m.discovered === true && m.text.split(/[\s-]+/).some((w) => !isEnglishWord(w.toLowerCase())));
}
