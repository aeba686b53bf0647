import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { normalizeLabel, type Lexicon } from '../lexicon';
import { apaReference } from '../text/apa-reference';
import { bibtexEntries } from '../text/bibtex';
import { markupLines, withoutInlineMarkup } from '../text/markup';
import type { Block, BlockKind, Segmentation, Sentence, SourceArticle, Span } from '../types';
import { isCommonVerb, isEnglishWord } from '../text/pos';

// Loaded once: building the model costs far more than segmenting an article.
const nlp = winkNLP(model, ['sbd']);

// ("## Further reading {#further-reading}": a docs site's anchor id is no part of the heading.)
const MD_HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+\{#[^{}\s]*\})?[ \t#]*$/;
const BULLET = /^([-*+]|\d{1,3}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/;
const BOLD_TERM = /^\*\*([^*\n]{1,80}?)(:?)\*\*(?:[ \t]+\([^()\n\d][^()\n]{0,79}\)(?=:))?(:|,|[ \t]+[—–-])?[ \t]+(?=\S)/;
// ("[Quorrel]: A wallet in Go", "[Quill][1] - …": a reference-style link, its target defined elsewhere, names the term too;
// a footnote's "[^1]" does not.)
const LINK_TERM = /^\[([^\]\n^][^\]\n]{0,79})\](?:\([^)\s]*\)|\[[^\]\n]*\])?(?:[ \t]*(?:[—–:]|[ \t]-)[ \t]+|[ \t]*\r?\n[ \t]*)(?=\S)/;
const PART = /^part\s+(\d+|[ivx]+|one|two|three|four|five)\.?$/i;
const NAME_ITEM =
  /^([[`*]*)(?:([\p{L}\p{N}][\p{L}\p{N} .-]{0,60}?)[\]`*]*(?:\([^)\s]*\))?(?:\s+\([^()\n]{1,60}\))?[.;]?\s*$|([\p{L}\p{N}][\p{L}\p{N} .-]{0,60}?)[\]`*]*(?:\([^)\s]*\))?,\s+(?:an?|the)\s)/u;
const TERM = /([\p{L}\p{N}][^:.!?\n]{0,80}?):[ \t]+(?=\S)/uy;
/** "System Actor - general system actor.", "Quorrel — a prover": a bullet's name, then a spaced dash. */
const DASH_TERM = /^([\p{L}\p{N}][^—–:.!?\n]{0,60}?)[ \t]+(?:-|—|–)[ \t]+(?=\S)/u;
/** "unit testing - we test ...", "model poisoning: an attacker ...", "fuzz testing:": a bullet's lower-case term of two to four words, then a spaced dash or a colon. */
const LOWER_TERM = /^(\p{Ll}[\p{Ll}\p{N}-]*(?: \p{Ll}[\p{Ll}\p{N}-]*){1,3})(?:(?:[ \t]+[-—–]|:)[ \t]+(?=\S)|:$)/u;
const SENTENCE_END = /[.!?]["'”’)]*\s+/g;
const MAX_HEADING_WORDS = 12;
/** Characters from which a line may have been wrapped ("Quorrel" over "Quorrel (…) is ..." was not), and up to which it may. */
const WRAPPED_LINE = 50;
const WRAP_WIDTH = 120;
/** Lines that must show a file is wrapped before a full line ending a sentence joins the next. */
const WRAPPED_FILE_LINES = 3;
const FENCE = /^(```|~~~)/;
/** A line of one repeated punctuation mark, as reStructuredText underlines a heading with ("Setup" over "~~~~~"). */
const UNDERLINE = /^([~^=\-`*+#])\1{2,}\s*$/;
const TABLE_LINE = /^\|.*\|$/;
/** A line that opens with a label of up to four words and a colon ("Data availability: Vexmoor blobs"). */
const FIELD_LINE = /^[\p{L}\p{N}][^\s:]*(?:\s+[^\s:]+){0,3}:\s/u;
const TABLE_RULE = /^\|[\s:|-]*-[\s:|-]*\|$/;

/** Blocks (title, headings, paragraphs, list intros, items, bullets) and sentences of an article. */
export function segment(article: SourceArticle, lexicon: Lexicon): Segmentation {
  const body = article.body;
  const blocks: Block[] = [];
  const seen = new Map<string, number>();
  let heading = -1;
  let intro = -1;
  const add = (kind: BlockKind, span: Span, term: Span | null = null, level = kind === 'title' ? 1 : kind === 'heading' ? 2 : 0): Block => {
    const index = blocks.length;
    const key = kind !== 'title' && kind !== 'heading' && kind !== 'part' ? normalize(span.text) : '';
    const comparable = key !== '' && wordCount(key, 5) > 4;
    const duplicateOf = comparable ? (seen.get(key) ?? -1) : -1;
    if (comparable && duplicateOf < 0) seen.set(key, index);
    const member = kind === 'item' || kind === 'bullet';
    let parent = heading;
    while (level > 0 && parent >= 0 && (blocks[parent] as Block).level >= level) parent = (blocks[parent] as Block).heading;
    const block: Block = { start: span.start, end: span.end, text: span.text, index, kind, level, heading: parent, intro: member ? intro : -1, term, duplicateOf };
    blocks.push(block);
    if (kind === 'heading' || kind === 'title') [heading, intro] = [index, -1];
    if (kind === 'list-intro') intro = index;
    if (kind === 'paragraph' && !span.text.trim().endsWith(':')) intro = -1;
    return block;
  };
  // ("author: Jane Roe (@jroe), …" in front-matter: its title and the fields the lexicon knows are blocks; the rest is no text.)
  const front = article.frontMatter ?? 0;
  for (const block of frontMatterBlocks(body, front, lexicon)) add(block.kind, block.span, block.term);
  const opening = blocks.length;
  const opens = () => blocks.length === opening && !blocks.some((b) => b.kind === 'title');
  // (Markup is found on the raw lines: a tag's closing ">" alone on its line is no blockquote.)
  const raw = [...body.matchAll(/[^\r\n]+/g)];
  const markup = new Set([...markupLines(raw.map((m) => m[0].trim()))].map((i) => raw[i]?.index));
  const all = joinWrapped(
    body,
    lexicon,
    lines(body).filter((line) => line.start >= front && !markup.has(body.lastIndexOf('\n', line.start - 1) + 1)),
  );
  let fenced = false;
  let fenceEnd = -1;
  let header = -1;
  // The open list items above this line, each with its indentation; paragraphs indented under an item.
  const bullets: { depth: number; index: number }[] = [];
  const continuations = new Set<number>();
  for (const [n, line] of all.entries()) {
    if (!BULLET.test(line.text)) bullets.length = 0;
    if (isFence(body, all[n - 1], line)) {
      fenced = !fenced;
      // ("```bib" over "@software{quill, author = {Jane Roe and …}": code holds no prose, but a citation's authors are people.)
      if (fenced) fenceEnd = line.end;
      else for (const entry of bibtexEntries(body, fenceEnd, line.start)) add('citation', entry.author, entry.title);
    }
    if (fenced || isFence(body, all[n - 1], line) || underlines(body, all[n - 1], line)) continue;
    if (TABLE_LINE.test(line.text)) {
      if (TABLE_RULE.test(line.text)) continue;
      const cells = tableCells(body, line);
      // A header is the line over a rule ("|---|"): two tables in a row are two tables.
      const first = header < 0 || !TABLE_LINE.test(all[n - 1]?.text ?? '') || TABLE_RULE.test(all[n + 1]?.text ?? '');
      const block = add(first ? 'table-header' : 'row', line);
      block.cells = cells;
      if (first) header = block.index;
      else block.intro = header;
      continue;
    }
    const md = MD_HEADING.exec(line.text);
    const bullet = BULLET.exec(line.text);
    const after = all[n + 1];
    // ("Roe, J., & Ostrane, R. (2019). _Quorrel: …_": a reference line's authors and title, read as a citation.)
    const reference = md ? null : apaReference(line);
    if (reference) {
      add('citation', reference.author, reference.title);
    } else if (md) {
      const level = md[1]?.length ?? 1;
      add(opens() && level === 1 ? 'title' : 'heading', sub(body, line, line.text.indexOf(md[2] ?? '', level), md[2] ?? ''), null, level);
    } else if (bullet && /^\d/.test(bullet[0]) && isHeadingLike(line.text) && after !== undefined && !BULLET.test(after.text) && !MD_HEADING.test(after.text)) {
      // "2) Giskard" standing alone over a paragraph: a numbered section, not a list of one.
      add('heading', sub(body, line, bullet[0].length, line.text.slice(bullet[0].length)));
    } else if (bullet) {
      const content = sub(body, line, bullet[0].length, line.text.slice(bullet[0].length));
      const term = boldTerm(body, content, true) ?? leadTerm(content, lexicon) ?? dashTerm(content, lexicon) ?? lowerTerm(content, lexicon) ?? nameItem(content, lexicon);
      const block = add(content.text.startsWith('**') || term ? 'item' : 'bullet', content, term);
      // ("- Quorrel node" over "  - Sequencer": an item indented under another belongs to that one's list, not to the intro above both.)
      const depth = line.start - (body.lastIndexOf('\n', line.start - 1) + 1);
      while (bullets.length > 0 && (bullets.at(-1) as { depth: number }).depth >= depth) bullets.pop();
      const parent = bullets.at(-1);
      if (parent && (blocks[parent.index] as Block).heading === block.heading) block.intro = parent.index;
      bullets.push({ depth, index: block.index });
    } else if (opens() && isHeadingLike(line.text)) {
      add('title', line);
    } else if (PART.test(line.text)) {
      add('part', line);
    } else if (line.text.endsWith(':') && wordCount(line.text, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS) {
      add('list-intro', line);
    } else if (isHeadingLike(line.text) && !fieldTerm(all, n, lexicon) && !(/^\*\*[^*]+\*\*:/.test(line.text) && boldTerm(body, line)) && !knownBoldField(body, line, lexicon)) {
      // ("**Maintainers**: Acme Labs" is a labelled field, however short; so is "**Maintainers:** Acme Labs" with a label the lexicon knows.)
      add('heading', line);
    } else {
      const term = boldTerm(body, line) ?? fieldTerm(all, n, lexicon);
      const items = term ? [{ span: line, term }] : definitionItems(body, line, lexicon);
      // ("There are several core services that run Quillnet." over a list: a last sentence that counts a class announces the items.)
      const announces = all[n + 1] !== undefined && BULLET.test((all[n + 1] as Span).text) && countsClass(line.text, lexicon);
      // ("1. A set of shards." over an indented "   Every shard has …": a paragraph indented under a list item continues the
      // item; the list and its intro go on after it.)
      const open = intro;
      const continues = items.length === 0 && open >= 0 && /(?:^|\n)(?:\t| {2,})[ \t]*$/.test(body.slice(Math.max(0, line.start - 40), line.start)) && listContinues(blocks, continuations);
      if (items.length === 0) add(line.text.endsWith(':') || announces ? 'list-intro' : 'paragraph', line);
      for (const item of items) add(item.term ? 'item' : 'paragraph', item.span, item.term);
      if (continues) {
        intro = open;
        continuations.add(blocks.length - 1);
      }
    }
  }
  // (Front-matter fields over a text that opens with its own title heading are about what that title names.)
  const title = blocks.find((b) => b.kind === 'title');
  if (title) for (const b of blocks) if (b.end <= front && b.heading < 0 && b !== title) b.heading = title.index;
  // ("Quillnet\n    A privacy sidechain that ...": a paragraph indented under the line before it is that line's definition.)
  for (const block of blocks) if (block.kind === 'paragraph' && /(?:^|\n)[ \t]+$/.test(body.slice(Math.max(0, block.start - 40), block.start))) block.indented = true;
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const s of splitSentences(block)) sentences.push({ start: s.start, end: s.end, text: withoutInlineMarkup(s.text), index: sentences.length, block: block.index });
  }
  return { blocks, sentences };
}

/** The fields of front-matter read as text: who made or proposed the thing. */
const MAKERS: ReadonlySet<string> = new Set(['DEVELOPED_BY', 'PROPOSED_BY']);
/** A front-matter line "key: value" (a plain scalar, maybe quoted). */
const FRONT_FIELD = /^([A-Za-z][\w -]{0,40}?):[ \t]+(["']?)(.*?)\2[ \t]*$/;

/**
 * The blocks of the front-matter that opens `body` (its first `end` characters): its `title` as the document's title,
 * unless the text opens with a heading of its own; a value that is a sentence, as a paragraph; and each "key: value" line
 * whose key the lexicon knows as a field of who made the thing ("author: Jane Roe (@jroe), Ilse Varn"), an item with the
 * key as its term. Other keys (slugs, ids, layout, a category) are no text.
 */
function frontMatterBlocks(body: string, end: number, lexicon: Lexicon): { kind: BlockKind; span: Span; term: Span | null }[] {
  const out: { kind: BlockKind; span: Span; term: Span | null }[] = [];
  const heading = /^\s*#\s/.test(body.slice(end));
  for (const line of end > 0 ? lines(body.slice(0, end)) : []) {
    const m = FRONT_FIELD.exec(line.text);
    const [key, value] = [m?.[1] ?? '', m?.[3] ?? ''];
    if (!m || value === '') continue;
    const valueStart = line.start + line.text.indexOf(value, key.length + 1);
    const span = { start: valueStart, end: valueStart + value.length, text: value };
    if (key.toLowerCase() === 'title' && !heading) out.unshift({ kind: 'title', span, term: null });
    // ("description: A standard inbox that lets …", "lead: Discover how X combines Y and Z."): a value that is a sentence is text.
    else if (/[.!?]$/.test(value) && wordCount(value, 4) >= 4) out.push({ kind: 'paragraph', span, term: null });
    else if (MAKERS.has(lexicon.fields.get(normalizeLabel(key))?.type ?? '')) out.push({ kind: 'item', span: line, term: { start: line.start, end: line.start + key.length, text: key } });
  }
  return out;
}

/** Whether the blocks end in a list item, maybe followed by paragraphs indented under it (`continuations`). */
function listContinues(blocks: readonly Block[], continuations: ReadonlySet<number>): boolean {
  for (let i = blocks.length - 1; i >= 0; i -= 1) {
    const kind = (blocks[i] as Block).kind;
    if (kind === 'item' || kind === 'bullet') return true;
    if (!continuations.has(i)) return false;
  }
  return false;
}

/** The cells of a "| a | b |" line, trimmed, as spans of the body. */
function tableCells(body: string, line: Span): Span[] {
  const cells: Span[] = [];
  for (const m of line.text.matchAll(/[^|]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    const start = line.start + (m.index ?? 0) + lead;
    cells.push({ start, end: start + text.length, text: body.slice(start, start + text.length) });
  }
  return cells;
}

/** Non-blank lines, trimmed, with their offsets; a blockquote's ">" is not part of its line. */
function lines(body: string): Span[] {
  const out: Span[] = [];
  for (const m of body.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const quote = /^\s*(?:>\s*)+/.exec(raw)?.[0].length ?? 0;
    const lead = quote + raw.slice(quote).length - raw.slice(quote).trimStart().length;
    const text = raw.slice(lead).trim();
    if (text === '') continue;
    const start = (m.index ?? 0) + lead;
    out.push({ start, end: start + text.length, text });
  }
  return out;
}

/**
 * A hard-wrapped paragraph or list item, one line of the file per 80 columns, is one line of text. A line joins the one
 * right above it (no blank line between) when that one ends in no full stop, colon or semicolon and either
 * - is too long for a heading and ends in a lower-case word,
 * - or is as long as a wrapped line and this one opens in lower case,
 * - or ends in a word no title ends in ("built by", lexicon `lineContinuers`),
 * - or this one is indented under a list item,
 * - or it was itself joined to the line above it.
 * A line wider than a wrap (`WRAP_WIDTH`) is a paragraph of its own, as plain text writes them. In a file wrapped at a
 * fixed width (`wrapsInto` holds for several lines), a full line joins the next even when it ends a sentence.
 * A line that ends in a hard line break (a backslash) is never joined to the next.
 * Headings, tables, code, blockquotes and list items are never joined to what is above them, so plain text with one
 * paragraph or heading per line stays as it is.
 */
function joinWrapped(body: string, lexicon: Lexicon, all: readonly Span[]): Span[] {
  const out: Span[] = [];
  let fenced = false;
  let open = false;
  // (A file wrapped at a fixed width shows it: lines of a wrap's width that go on in lower case on the next line.)
  const wrappedFile = all.filter((line, i) => i > 0 && wrapsInto(body, all[i - 1] as Span, line)).length >= WRAPPED_FILE_LINES;
  for (const [n, line] of all.entries()) {
    const fence = isFence(body, all[n - 1], line);
    if (fence) fenced = !fenced;
    const previous = out.at(-1);
    const gap = previous ? body.slice(previous.end, line.start) : '';
    const lastLine = previous?.text.slice(previous.text.lastIndexOf('\n') + 1) ?? '';
    // ("Quillnet" over "    A rollup that ...": an indented line under anything but a list item is a block of its own.)
    const indent = /\n[ \t]+$/.test(gap);
    const indented = indent && BULLET.test(previous?.text ?? '');
    // (A line of its own paragraph in plain text runs longer than a wrapped one; a link's target does not count.)
    const width = lastLine.replace(/\]\([^)\s]*\)/g, ']').length;
    // (In a wrapped file a full line goes on in the next whatever it ends in, a colon aside.)
    const full = wrappedFile && width >= WRAPPED_LINE && !/:["'”’)*_]*$/.test(lastLine);
    const continues =
      open &&
      previous !== undefined &&
      !fence &&
      !fenced &&
      /^[ \t]*\r?\n[ \t]*$/.test(gap) &&
      (!/[.!?:;]["'”’)*_]*$/.test(lastLine) || full) &&
      !MD_HEADING.test(line.text) &&
      !BULLET.test(line.text) &&
      !TABLE_LINE.test(line.text) &&
      // ("**Jane Roe¹, Ann Lee²**" over "¹ Acme University": a line set in bold or italics stands alone;
      // "Built on: X" under "Proof system: Y": so does a labelled field.)
      !/^[*_].*[*_]$/.test(lastLine) &&
      !FIELD_LINE.test(line.text) &&
      // (A backslash that ends the line above is Markdown's hard line break: the writer broke the line there.)
      !/\\$/.test(lastLine) &&
      (!indent || indented) &&
      (indented || width <= WRAP_WIDTH) &&
      (full ||
        (wordCount(lastLine, MAX_HEADING_WORDS + 1) > MAX_HEADING_WORDS && /\s\p{Ll}\S*$/u.test(lastLine)) ||
        (lastLine.length >= WRAPPED_LINE && /^[\p{Ll}\p{N}(]/u.test(line.text)) ||
        lexicon.lineContinuers.has(/\s(\p{Ll}+)$/u.exec(lastLine)?.[1] ?? '') ||
        indented ||
        // (A block already joined over two lines is no heading: it goes on until a sentence ends.)
        previous.text.includes('\n'));
    if (continues) {
      out[out.length - 1] = { start: previous.start, end: line.end, text: body.slice(previous.start, line.end) };
      continue;
    }
    out.push(line);
    open = !fence && !fenced && !MD_HEADING.test(line.text) && !TABLE_LINE.test(line.text) && !PART.test(line.text);
  }
  return out;
}

/** A line of a wrap's width, no sentence ended, over a line that goes on in lower case right below it. */
function wrapsInto(body: string, above: Span, line: Span): boolean {
  return (
    /^[ \t]*\r?\n[ \t]*$/.test(body.slice(above.end, line.start)) &&
    above.text.length >= WRAPPED_LINE &&
    above.text.length <= WRAP_WIDTH &&
    !/[.!?:;]["'”’)*_]*$/.test(above.text) &&
    /^\p{Ll}/u.test(line.text)
  );
}

function sub(body: string, line: Span, from: number, text: string): Span {
  const start = line.start + Math.max(0, from);
  return { start, end: start + text.length, text: body.slice(start, start + text.length) };
}

function isHeadingLike(text: string): boolean {
  return text.length <= 100 && wordCount(text, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS && !/[.!?:;,]["'”’)]?$/.test(text) && !/[.!?]\s+\p{Lu}/u.test(text);
}

/** Whitespace-separated words of `text`, counted up to `limit`. */
function wordCount(text: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < limit; i += 1) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && SPACE.test(text[i] as string));
    if (space) inWord = false;
    else if (!inWord) [inWord, n] = [true, n + 1];
  }
  return n;
}

/** The last sentence of a paragraph counts something ("There are several core services …."): lexicon `listQuantifiers`. */
function countsClass(text: string, lexicon: Lexicon): boolean {
  const last = text.split(/(?<=[.!?])\s+/).pop() ?? '';
  return (
    /\.\s*$/.test(last) &&
    last
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .some((w) => lexicon.listQuantifiers.has(w))
  );
}

/**
 * `**Term**: text` or `**Term:** text`: the term inside the asterisks. A glossary line
 * (`**Term** — text`) and a link list item (`[Term](url) - text`, or its description on the lines under it) define
 * their term too.
 */
function boldTerm(body: string, span: Span, bullet = false): Span | null {
  const link = LINK_TERM.exec(span.text);
  if (link?.[1] !== undefined) return { start: span.start + 1, end: span.start + 1 + link[1].length, text: link[1] };
  const m = BOLD_TERM.exec(span.text);
  // "- **LND**, written in Go ...": in a bullet, a comma or dash after the bold name closes the term too.
  const dash = m?.[3] !== undefined && /[—–]|\s-$/.test(m[3]);
  if (!m || (m[2] !== ':' && m[3] !== ':' && !(bullet && m[3] !== undefined) && !dash)) return null;
  const start = span.start + 2;
  const text = m[1] ?? '';
  return { start, end: start + text.length, text: body.slice(start, start + text.length) };
}

/**
 * "Erasure Coding: Data is extended ..." items, several per line. A term starts the line or a sentence,
 * has at most 7 words, and each word is capitalised, holds a capital or digit, or is a minor word.
 */
function definitionItems(body: string, line: Span, lexicon: Lexicon): { span: Span; term: Span | null }[] {
  const starts = [0];
  for (const m of line.text.matchAll(SENTENCE_END)) starts.push((m.index ?? 0) + m[0].length);
  const terms: Span[] = [];
  for (const at of starts) {
    TERM.lastIndex = at;
    const m = TERM.exec(line.text);
    if (m?.[1] !== undefined && isTerm(m[1], lexicon)) {
      const start = line.start + at;
      terms.push({ start, end: start + m[1].length, text: m[1] });
    }
  }
  if (terms.length === 0 || terms[0]?.start !== line.start) return [];
  return terms.map((term, i) => {
    const end = i + 1 < terms.length ? (terms[i + 1] as Span).start : line.end;
    const text = body.slice(term.start, end).trimEnd();
    return { span: { start: term.start, end: term.start + text.length, text }, term };
  });
}

/** "- Model Misuse: open weights ...": a bullet that starts with a plain defined term. */
function leadTerm(span: Span, lexicon: Lexicon): Span | null {
  TERM.lastIndex = 0;
  const m = TERM.exec(span.text);
  if (m?.[1] === undefined || !isTerm(m[1], lexicon)) return null;
  return { start: span.start, end: span.start + m[1].length, text: m[1] };
}

/** "- System Actor - general system actor.": a bullet that opens with a capitalised name and a spaced dash defines it (at most five words). */
function dashTerm(span: Span, lexicon: Lexicon): Span | null {
  const m = DASH_TERM.exec(span.text);
  if (m?.[1] === undefined || wordCount(m[1], 6) > 5 || !isTerm(m[1], lexicon)) return null;
  return { start: span.start, end: span.start + m[1].length, text: m[1] };
}

/** "- circuit testing - we test ...": a bullet that opens with a lower-case term, no stop word at either end, and a spaced dash or colon. */
function lowerTerm(span: Span, lexicon: Lexicon): Span | null {
  const m = LOWER_TERM.exec(span.text);
  const words = m?.[1]?.split(' ') ?? [];
  if (!m?.[1] || lexicon.stopwords.has(words[0] ?? '') || lexicon.stopwords.has(words.at(-1) ?? '')) return null;
  return { start: span.start, end: span.start + m[1].length, text: m[1] };
}

/**
 * "- Tessbar", "- [Vexmoor](url)", "- Marrow (Kestrel);", "- Quorrel Prover, a STARK prover": a bullet that is a short capitalised name alone (with an aside in
 * parentheses), or
 * one an aside after a comma describes, names its term (whether it is a name, discovery judges).
 */
function nameItem(span: Span, lexicon: Lexicon): Span | null {
  const m = NAME_ITEM.exec(span.text);
  const text = m?.[2] ?? m?.[3];
  if (!m || text === undefined || wordCount(text, 5) > 4 || !isTerm(text, lexicon)) return null;
  // ("- Integration with Semaphore", "- Launch Quorrel Chain": a phrase with a minor word, or opening with a verb, is a task.)
  // ("3. Collectively, the claims ...": one dictionary adverb opens a sentence.)
  const words = text.toLowerCase().split(/\s+/);
  if (words.some((w) => lexicon.minorWords.has(w)) || isCommonVerb(words[0] ?? '')) return null;
  if (words.length === 1 && /\p{L}ly$/u.test(words[0] ?? '') && isEnglishWord(words[0] ?? '')) return null;
  // ("- Hypernative, the platform Acme uses, flagged it": an aside that closes before a verb makes the item a sentence.)
  if (m[3] !== undefined && /[,;]|\.\s/.test(span.text.slice(m[0].length))) return null;
  const start = span.start + (m[1]?.length ?? 0);
  return { start, end: start + text.length, text };
}

/** The label of a "Label: value" line (at most four words), or ''. */
function lineLabel(line: Span | undefined): string {
  if (!line) return '';
  TERM.lastIndex = 0;
  const label = TERM.exec(line.text)?.[1] ?? '';
  return wordCount(label, 5) <= 4 ? label : '';
}

/**
 * "Built on: Marrowchain", "Settlement layer: Marrowchain", "Name: Quillnet": a line that gives a field (or a record's name) the
 * lexicon knows is an item, however short and however cased its label; so is any "Label: value" line next to one
 * ("Former names: ...", "Initial release: ..." in an infobox). Returns the label's span, or null.
 */
function fieldTerm(lines: readonly Span[], n: number, lexicon: Lexicon): Span | null {
  const known = (line: Span | undefined) => {
    const key = normalizeLabel(lineLabel(line));
    return key !== '' && (lexicon.fields.has(key) || lexicon.recordNameLabels.has(key));
  };
  const line = lines[n] as Span;
  const label = lineLabel(line);
  if (label === '' || !(known(line) || known(lines[n - 1]) || known(lines[n + 1]))) return null;
  return { start: line.start, end: line.start + label.length, text: label };
}

/** "**Contributors:** Jane Roe": a bold label, its colon inside, that names a field the lexicon knows. */
function knownBoldField(body: string, line: Span, lexicon: Lexicon): boolean {
  const term = /^\*\*[^*]+:\*\*/.test(line.text) ? boldTerm(body, line) : null;
  return term !== null && lexicon.fields.has(normalizeLabel(term.text));
}

function isTerm(text: string, lexicon: Lexicon): boolean {
  const words = text.split(/\s+/);
  if (words.length > 7) return false;
  return words.every((w) => /[\p{Lu}\p{N}]/u.test(w) || lexicon.minorWords.has(w.toLowerCase()));
}

function splitSentences(block: Block): Span[] {
  const text = block.text;
  if (
    block.kind === 'title' ||
    block.kind === 'heading' ||
    block.kind === 'part' ||
    block.kind === 'row' ||
    block.kind === 'table-header' ||
    block.kind === 'citation' ||
    !/[.!?]["'”’)]*\s+\S/.test(text)
  ) {
    return [{ start: block.start, end: block.end, text }];
  }
  const out: Span[] = [];
  let cursor = 0;
  // (A hard-wrapped line's break ends no sentence.)
  const flat = text.replace(/[\r\n]/g, ' ');
  for (const s of sentenceTexts(flat)) {
    const piece = s.trim();
    const at = flat.indexOf(piece, cursor);
    if (piece === '' || at < 0) continue;
    // ("proofkit.js is ...": no sentence ends at a full stop with no space after it.)
    const previous = out[out.length - 1];
    // ("Quorrel [Roe et al. 2019] was ...": nor inside brackets, whatever wink-nlp makes of "al.".)
    // ("Roe et al. [4] proposed ...", "Roe et al. introduced ...": nor at a citation's "et al." that no capital follows.)
    const cited = previous !== undefined && /\bet al\.$/.test(previous.text) && /^[\p{Ll}[(]/u.test(piece);
    if (previous && ((previous.end === block.start + at && /[.!?]$/.test(previous.text)) || closesBracket(previous.text, piece) || cited)) {
      out[out.length - 1] = { start: previous.start, end: block.start + at + piece.length, text: text.slice(previous.start - block.start, at + piece.length) };
      cursor = at + piece.length;
      continue;
    }
    out.push({ start: block.start + at, end: block.start + at + piece.length, text: text.slice(at, at + piece.length) });
    cursor = at + piece.length;
  }
  if (out.length === 0) return [{ start: block.start, end: block.end, text }];
  const first = out[0] as Span;
  if (first.start > block.start) out[0] = { start: block.start, end: first.end, text: text.slice(0, first.end - block.start) };
  return out;
}

/** True when `text` opens a round or square bracket that it leaves open and `next` closes. */
function closesBracket(text: string, next: string): boolean {
  let round = 0;
  let square = 0;
  for (const c of text) {
    if (c === '(') round += 1;
    else if (c === ')') round -= 1;
    else if (c === '[') square += 1;
    else if (c === ']') square -= 1;
  }
  return (round > 0 && next.includes(')')) || (square > 0 && next.includes(']'));
}

const BOUNDARY = /[.!?]["'”’)]*\s+(?=["“'‘(]?[\p{Lu}\p{N}])/gu;
const WORD_BEFORE = /[\p{L}\p{N}.]*$/u;
const ABBREVIATION_LIKE = /^(?:[\p{L}]{1,3}|(?:\p{L}\.)+\p{L}?)$/u;

/**
 * Sentences of a text. A boundary after a long word and before a capital is certain and is cut
 * here; when any boundary follows a short or dotted word ("Dr.", "e.g.", "U.S."), wink-nlp decides
 * for the whole text. This keeps wink, the slowest step, off most paragraphs.
 */
function sentenceTexts(text: string): string[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index))?.[0] ?? '';
    if (ABBREVIATION_LIKE.test(before)) return nlp.readDoc(text).sentences().out() as string[];
    cuts.push((m.index ?? 0) + m[0].length);
  }
  if (/[.!?]["'”’)]*\s+\p{Ll}/u.test(text)) return nlp.readDoc(text).sentences().out() as string[];
  return [0, ...cuts].map((at, i) => text.slice(at, cuts[i] ?? text.length));
}

/** Text compared for repeats: case, spacing and final punctuation do not count. */
export function normalize(text: string): string {
  let t = text.toLowerCase();
  if (ODD_SPACE.test(t)) t = t.replace(SPACES, ' ');
  let end = t.length;
  while (end > 0 && TRAILING.has(t.charCodeAt(end - 1))) end -= 1;
  return (end < t.length ? t.slice(0, end) : t).trim();
}

const SPACE = /^\s$/;
const ODD_SPACE = /[^\S ]| {2}/;
const SPACES = /\s+/g;
/** Space and `.!?;:,`: what `normalize` strips from the end (other spaces are collapsed by then). */
const TRAILING = new Set([...' .!?;:,'].map((c) => c.charCodeAt(0)));

/** "Setup" right over "~~~~~" of its length: the line under a heading's text in reStructuredText, no code fence. */
function underlines(body: string, above: Span | undefined, line: Span): boolean {
  if (!above || !UNDERLINE.test(line.text) || body.slice(above.end, line.start).trim() !== '') return false;
  const text = above.text.slice(above.text.lastIndexOf('\n') + 1).trim();
  return /[\p{L}\p{N}]/u.test(text) && !UNDERLINE.test(text) && Math.abs(text.length - line.text.trim().length) <= 2;
}

/** "```ts", "~~~": a line that opens or closes code, unless it underlines the line above. */
function isFence(body: string, above: Span | undefined, line: Span): boolean {
  return FENCE.test(line.text) && !underlines(body, above, line);
}
