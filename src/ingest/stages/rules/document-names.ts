import { nameKey, namesMostOf } from '../../../domain/names';
import { normalizeLabel, type Lexicon } from '../../lexicon';
import { INDEFINITE_ARTICLES, isFiniteVerb, isPastParticiple } from '../../text/english';
import { isEnglishWord } from '../../text/pos';
import { findCues } from '../../text/phrases';
import type { Token } from '../../text/tokenize';
import type { Block, Segmentation, Sentence, Span } from '../../types';
import { discovered, type Found } from '../discover';

/* Names that the structure of a document gives, not a sentence: a section's topic, a README's title. */

const REPEATED_LABEL = 3;

/** An item's label: its term, or the whole item when it is only a bold label and a colon ("- **Next Steps**:" over sub-items). */
export function itemLabel(b: Block): Span | null {
  if (b.term) return b.term;
  const bold = /^\*\*([^*]+?):?\*\*:?\s*$/.exec(b.text);
  return bold && b.kind === 'item' ? { start: b.start + 2, end: b.start + 2 + (bold[1] as string).length, text: bold[1] as string } : null;
}

/**
 * "- **Rationale**: ..." under one heading after another: an item label of dictionary words that three or more items
 * repeat is a field of the document's own form, no name. Returns the normalized labels.
 */
export function repeatedLabels(seg: Segmentation): Set<string> {
  const counts = new Map<string, number>();
  for (const b of seg.blocks) {
    const span = itemLabel(b);
    if (!span) continue;
    const label = normalizeLabel(span.text);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const dictionary = (label: string) => label.split(/[\s-]+/).every((w) => /^\p{Ll}+$/u.test(w) && isEnglishWord(w));
  return new Set([...counts].filter(([label, n]) => n >= REPEATED_LABEL && dictionary(label)).map(([label]) => label));
}

/**
 * "AI Verify" over "Developer: ..." and "Addresses: ..." items: a heading whose items are labelled
 * fields (the lexicon's, or the document's own repeated labels) is the name they describe, whole
 * ("Verifiable inference (zkML)" with zkML as alias), unless one mention already is most of it.
 * Returns [sentence index, topic] pairs; the caller nests the names inside a topic it keeps.
 */
export function fieldTopics(seg: Segmentation, tokens: Token[][], found: Found[][], lexicon: Lexicon, ownFields: ReadonlySet<string>): [number, Found][] {
  const out: [number, Found][] = [];
  const hasFields = new Set<number>();
  for (const b of seg.blocks) {
    const label = b.term ? normalizeLabel(b.term.text) : '';
    if (b.term && b.heading >= 0 && (lexicon.fields.has(label) || ownFields.has(label))) hasFields.add(b.heading);
  }
  for (const s of seg.sentences) {
    // ("Which should you pick?": a question heading names no topic, nor does a bold "**Status:** Final" line over the fields.)
    if (!hasFields.has(s.block) || seg.blocks[s.block]?.kind !== 'heading' || /\?\s*$/.test(s.text) || /^\*\*[^*]+:\*\*/.test(s.text)) continue;
    // ("### 2. **Fees**": a heading's number and emphasis are no part of the name.)
    const lead = /^(?:\d+[.)]\s+)?[*_]*/.exec(s.text)?.[0].length ?? 0;
    const text = s.text.slice(lead).replace(/[*_]*:?[*_]*\s*$/, '');
    // ("Rollups (e.g. Quillnet, Tessbar)": a longer aside, examples, is no alias.)
    const paren = /\s*\(([^()]+)\)\s*$/.exec(text);
    const name = paren ? text.slice(0, paren.index) : text;
    // (Nor are examples a hyponym cue opens: "(such as Quillnet)", "(e.g. Tessbar)".)
    const parenStart = s.start + lead + (paren?.index ?? 0) + (paren?.[0].indexOf('(') ?? 0) + 1;
    const examples = findCues(tokens[s.index] ?? [], lexicon).some((h) => h.cue.hyponym && /^\s*$/.test(s.text.slice(parenStart - s.start, h.start - s.start)));
    const alias = paren && (paren[1] as string).length <= 20 && !examples ? (paren[1] as string) : null;
    const list = found[s.index] ?? [];
    if (name === '' || holdsMost(s, list, name) || (tokens[s.index] ?? []).length > 6) continue;
    const topic = discovered(s.start + lead, s.start + lead + name.length, name, 'Concept', 'discover:field-topic', lexicon, alias);
    out.push([s.index, { ...topic, weakType: true }]);
  }
  return out;
}

/**
 * A glossary entry: a short term line ("Quillnet", "Marrow sampling") over an indented paragraph that opens with a fragment
 * defining it ("A privacy sidechain that ...", "Developed by ..."): the term is the name the definition is about
 * (`isDefinitionFragment`), unless one mention already is most of it. Returns [sentence index, topic] pairs.
 */
export function definedHeadings(seg: Segmentation, tokens: Token[][], found: Found[][], lexicon: Lexicon): [number, Found][] {
  const out: [number, Found][] = [];
  for (const [k, s] of seg.sentences.entries()) {
    const block = seg.blocks[s.block];
    const next = seg.sentences[k + 1];
    if (block?.kind !== 'heading' || !next || seg.blocks[next.block]?.heading !== s.block || seg.blocks[next.block]?.indented !== true) continue;
    const words = tokens[s.index] ?? [];
    if (!isTermHeading(s, words, lexicon) || !isDefinitionFragment(tokens[next.index] ?? [], lexicon)) continue;
    const list = found[s.index] ?? [];
    if (holdsMost(s, list, s.text)) continue;
    const named = words.some((w) => w.pos === 'PROPN' || /\p{Lu}.*\p{Lu}|\p{N}|[._]/u.test(w.text)) || words.length === 1;
    out.push([s.index, { ...discovered(s.start, s.end, s.text, named ? 'Project' : 'Technique', 'discover:defined-heading', lexicon), weakType: true }]);
  }
  return out;
}

/** Whether one of a heading's names already makes up most of the text it names (by letters and digits). */
function holdsMost(s: Sentence, list: readonly Found[], name: string): boolean {
  const letters = (t: string) => t.replace(/[^\p{L}\p{N}]/gu, '').length;
  return list.some((f) => !f.nested && letters(s.text.slice(f.start - s.start, f.end - s.start)) * 2 >= letters(name));
}

/**
 * A heading that can be a glossary term: at most five words, none a stop or junk word, no punctuation of a title or
 * question. (A section title, "What Quill is", "Bridges and security", "Abstract", is none.)
 */
export function isTermHeading(s: Sentence, words: readonly Token[], lexicon: Lexicon): boolean {
  if (words.length === 0 || words.length > 5 || words.some((w) => lexicon.stopwords.has(w.lower) || lexicon.junkWords.has(w.lower)) || /[?:,]/.test(s.text)) return false;
  return !lexicon.labels.has(normalizeLabel(s.text)) && !lexicon.skipSections.has(normalizeLabel(s.text));
}

/**
 * "A privacy sidechain that settles to X.", "Developed by Acme.": a sentence with no subject and no verb of its own (every
 * finite verb stands in a relative clause), opening with an indefinite article or a cue's participle, as a definition's
 * lines do.
 */
export function isDefinitionFragment(toks: readonly Token[], lexicon: Lexicon): boolean {
  const [first, second] = toks;
  if (!first || !second || !(INDEFINITE_ARTICLES.has(first.lower) || (isPastParticiple(first) && lexicon.cuesByFirstWord.has(first.lower)))) return false;
  const verb = toks.findIndex((t) => t.pos === 'AUX' || isFiniteVerb(t));
  return verb < 0 || toks.slice(0, verb).some((t) => lexicon.relativePronouns.has(t.lower));
}

/**
 * "2) Giskard" over "Giskard, an open-source library ...": a short heading that the section's first
 * sentence opens with is the name the section is about, in both places. Returns [sentence, name] pairs.
 */
export function openedSections(seg: Segmentation, found: Found[][], lexicon: Lexicon): [number, Found][] {
  const out: [number, Found][] = [];
  for (const [k, s] of seg.sentences.entries()) {
    const next = seg.sentences[k + 1];
    if (seg.blocks[s.block]?.kind !== 'heading' || !next || seg.blocks[next.block]?.heading !== s.block) continue;
    const name = s.text;
    const words = name.split(/\s+/);
    if (words.length > 4 || !/^[\p{Lu}\p{N}]/u.test(name) || lexicon.labels.has(normalizeLabel(name)) || lexicon.fields.has(normalizeLabel(name))) continue;
    if (!next.text.startsWith(name) || /^[\p{L}\p{N}]/u.test(next.text.slice(name.length))) continue;
    const covers = (list: Found[] | undefined, at: number) => (list ?? []).some((f) => !f.nested && f.start <= at && f.end >= at + name.length);
    const topic = { ...discovered(s.start, s.end, name, 'Project', 'discover:section-topic', lexicon), weakType: true };
    if (!covers(found[s.index], s.start)) out.push([s.index, topic]);
    if (!covers(found[next.index], next.start)) out.push([next.index, { ...topic, start: next.start, end: next.start + name.length }]);
  }
  return out;
}

/**
 * "# hatchling", "# ethers.js": a title that is one word (a README's) names what the page is
 * about, however it is cased; the re-scan then finds it in the text.
 */
export function titleName(seg: Segmentation, tokens: Token[][], found: Found[][], lexicon: Lexicon): [number, Found] | undefined {
  const s = seg.sentences.find((x) => seg.blocks[x.block]?.kind === 'title');
  if (!s) return undefined;
  // ("FedQuill: Federated Optimization in Sparse Networks": or the one word before a subtitle's colon.)
  const subtitled = /^(\p{L}[\p{L}\p{N}._-]*):\s+\S/u.exec(s.text);
  const name = subtitled ? (subtitled[1] as string) : s.text;
  const inName = (f: Found) => f.start < s.start + name.length;
  if (!/^[@\p{L}][\p{L}\p{N}._@/-]*$/u.test(name) || (found[s.index] ?? []).some((f) => !subtitled || inName(f))) return undefined;
  // A plain title-case word ("Guide", "Overview") is a common noun; a name is cased or spelled like code (or, before a
  // subtitle, no English word: "Quorrel: A Library for …").
  if (/^\p{Lu}\p{Ll}+$/u.test(name) && (!subtitled || isEnglishWord(name.toLowerCase()))) return undefined;
  const toks = (tokens[s.index] ?? []).filter((t) => t.end <= s.start + name.length);
  if (toks.length === 0 || toks.every((t) => lexicon.stopwords.has(t.lower) || lexicon.junkWords.has(t.lower) || lexicon.typeByWord.has(t.lower))) return undefined;
  return [s.index, { ...discovered(s.start, s.start + name.length, name, 'Project', 'discover:title', lexicon), weakType: true }];
}

/** "rip: 7728", "eip: '4844'": a front-matter line that numbers the document in a series. */
const SERIES_LINE = /^([A-Za-z]{2,5}):[ \t]*["']?(\d{1,6})["']?[ \t]*$/gm;

/**
 * "rip: 7728" over "title: Precompile for L1SLOAD": the front-matter of a document numbered in a series (lexicon
 * `documentSeries`) names the document "RIP-7728", an initiative its title is another name of, unless the title is
 * itself one name ("PeerDAS - Peer Data Availability Sampling"), which the document is about. Returns [sentence, name].
 */
export function seriesName(body: string, frontMatter: number, seg: Segmentation, found: Found[][], lexicon: Lexicon): [number, Found] | undefined {
  const series = [...body.slice(0, frontMatter).matchAll(SERIES_LINE)].find((m) => lexicon.documentSeries.has((m[1] as string).toLowerCase()));
  const s = seg.sentences.find((x) => seg.blocks[x.block]?.kind === 'title');
  if (!series || !s) return undefined;
  const name = `${(series[1] as string).toUpperCase()}-${series[2]}`;
  const names = (found[s.index] ?? []).filter((f) => !f.nested);
  // ("# RIP-7728: Precompile for L1SLOAD": a title that names the document already is left as it is.)
  if (names.some((f) => f.key === nameKey(name))) return undefined;
  const one = names.every((f) => (f.entityId ?? f.key) === (names[0]?.entityId ?? names[0]?.key));
  if (
    names.length > 0 &&
    one &&
    namesMostOf(
      s.text,
      names.map((f) => s.text.slice(f.start - s.start, f.end - s.start)),
    )
  )
    return undefined;
  for (const f of names) f.nested = true;
  return [s.index, discovered(s.start, s.end, name, 'Initiative', 'discover:document', lexicon, s.text)];
}

/** The value of a "Label: value" item: the rest of its first sentence after the label and colon. */
export function fieldValue(s: Sentence, termEnd: number): Span {
  const at = termEnd - s.start;
  const lead = /^[*\s]*:?[*\s]*/.exec(s.text.slice(at))?.[0].length ?? 0;
  const start = s.start + at + lead;
  return { start, end: s.end, text: s.text.slice(start - s.start) };
}
