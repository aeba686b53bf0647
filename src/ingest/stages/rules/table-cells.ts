import type { EntityType } from '../../../domain/vocabulary';
import { fieldOf, normalizeLabel, type Lexicon } from '../../lexicon';
import type { Block, Sentence, Span } from '../../types';
import { FUNCTION_TAGS, NAMED_TYPES, isLowerCaseTerm } from '../../text/english';
import type { Token } from '../../text/tokenize';
import { isCommonAdjective } from '../../text/pos';
import { GIVEN_NAMES } from '../../text/given-names';
import { discovered, type Found } from '../discover';

const PART = /(?:[^,;+&/]|\/(?!\s)|(?<!\s)\/)+/g;
// ("[Jane Roe](…)" and an emoji after it: emoji, their joiners and variation selectors decorate a value too.)
const DECORATION = /^(?:[\s*_`"“]|\p{Extended_Pictographic}|\u200d|\ufe0f)+|(?:[\s*_`"”]|\p{Extended_Pictographic}|\u200d|\ufe0f)+$/gu;
// ("[quill-node](https://…)": a cell that is one link, its target maybe already blanked to spaces by the parenthesis pass.)
const LINK = /^\[([^\]]+)\](?:\([^)]*\)|\s*)$/;
const REPOSITORY_LINK = /^\[`?([^\]`]+)`?\]\(https?:\/\/[^)\s]*\/([^/)\s]+?)\/?\)$/;
const NOT_A_NAME = /^[\p{N}\p{P}\p{S}\s]*$/u;
const MAX_WORDS = 6;
const COMPOUND_ADJECTIVE = /^[\p{L}]+-(?:based|facing|oriented|driven|specific|compatible|friendly|native|aware|centric|heavy|light|first)$/iu;

/**
 * The names a Markdown table row lists: each cell, or each part of a cell split at ",", "+", "/",
 * ";" and "&", that no other rule has named. The first column is typed by its header's noun
 * ("Project"), the others by what their header states (`fields`); prose cells are none.
 */
export function tableCells(block: Block, header: Block | undefined, s: Sentence, toks: readonly Token[], found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  // ("| For | Against | Abstain |": a one-word cell the tagger reads as a function word names nothing.)
  const wordOf = (f: Found) => toks.find((t) => t.start === f.start && t.end === f.end);
  const cells = block.cells ?? [];
  const rowName = (cells[0]?.text ?? '')
    .replace(/\([^()]*\)/g, '')
    .replace(DECORATION, '')
    .trim();
  for (const [c, cell] of cells.entries()) {
    // ("| Developer | Acme Labs |": a field's label names nothing; nor does any label under "| Aspect | Details |".)
    if (c === 0 && (labelledField(block, header, lexicon) || lexicon.aspectHeaders.has(normalizeLabel(header?.cells?.[0]?.text ?? '')))) continue;
    const head = normalizeLabel(header?.cells?.[c]?.text ?? '');
    const field = c === 0 ? undefined : fieldOf(lexicon, head);
    const type: EntityType | undefined = c === 0 ? lexicon.typeByWord.get(head.split(' ').pop() ?? '') : field?.objectType;
    // "EU AI Act (Regulation (EU) 2024/1689)": a parenthesis in a cell only qualifies the name before it.
    let text = cell.text;
    for (let k = 0; k < 2; k += 1) text = text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
    // ("| Likelihood | Severity |" rows of "Possible", "High": a one-word cell that is an English adjective rates and names
    // nothing; under a type column, "Optimistic" is the short form of a class.)
    const rating = (f: Found) => field?.type !== 'IS_A' && isCommonAdjective(wordOf(f)?.lower ?? '');
    // ("| Quorrel | … | Quorrel nodes |": the row's name before lower-case words only says whose thing the cell names.)
    const owned = (f: Found) => {
      const named = s.text.slice(f.start - s.start, f.end - s.start);
      return c > 0 && rowName !== '' && named.startsWith(rowName) && /^(?:\s+\p{Ll}[\p{Ll}-]*)+$/u.test(named.slice(rowName.length));
    };
    // ("| Jasper Tillerman and Priya Ostrane |": two people a cell joins by "and" are two names.)
    // ("| Framework | Maintainer |": a first column's header noun only hints at its names' type; the relations and the
    // type model decide, for a header noun may name several kinds, software or law.)
    // ("| [quill-node](https://…/quill-node) |": a cell that links to a repository of its own name names that software.)
    const repository = REPOSITORY_LINK.exec(cell.text);
    const rule = repository && repository[2]?.toLowerCase() === repository[1]?.toLowerCase() ? 'discover:repository-link' : 'discover:table-cell';
    const named = listedNames(cellParts({ ...cell, text: joinedPeople(text) }), type, [...found, ...out], lexicon, rule, c > 0).filter((f) => !rating(f) && !owned(f));
    out.push(...(c === 0 ? named.map((f) => ({ ...f, weakType: true })) : named));
  }
  const plain = (f: Found) => !FUNCTION_TAGS.has(wordOf(f)?.pos ?? '');
  return out.filter((f) => f.start >= s.start && f.end <= s.end && plain(f));
}

/**
 * "| Developer | Acme Labs |", "| Proof system | ... |" under "| Criterion | Quillnet | Marrowchain |": the field a row's first
 * cell labels, in a two-column table or under a first header cell that is empty or names the column of labels; else undefined.
 */
export function labelledField(block: Block, header: Block | undefined, lexicon: Lexicon): ReturnType<typeof fieldOf> {
  const cells = block.cells ?? [];
  const field = fieldOf(lexicon, cells[0]?.text ?? '');
  const corner = normalizeLabel(header?.cells?.[0]?.text ?? '');
  return field && (cells.length === 2 || corner === '' || lexicon.labelColumnHeaders.has(corner)) ? field : undefined;
}

/** "Jane Roe and Priya Tillerman": an "and" between two people's names, written as a comma of the same length. */
function joinedPeople(text: string, people = false): string {
  const person = (given: string | undefined) => given !== undefined && GIVEN_NAMES.has(given);
  // ("Ravik Salur, Ilse Varn Mendo, Tomas Quell and Jane Roe": after a comma list of names, a last "and" between two
  // names of two or three title-case words each joins two values too, whoever's given names they are.)
  const TITLED = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u;
  return text.replace(/\s+and\s+(?=(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu})/gu, (m, given: string, at: number) => {
    const before = text.slice(0, at);
    const left = before.slice(before.lastIndexOf(',') + 1).trim();
    const right = (/^[^,]*/.exec(text.slice(at + m.length))?.[0] ?? '').trim();
    // (So may one in a field of people: "Contributors: Charles Beauville and Javier Fernandez-Marques".)
    const listed = (people || before.includes(',')) && TITLED.test(left) && TITLED.test(right);
    return listed || (person(given) && person(/(?:^|,\s*)(\p{Lu}[\p{Ll}'’-]+)\s+\p{Lu}[\p{L}'’-]*$/u.exec(before)?.[1])) ? ','.padEnd(m.length) : m;
  });
}

/**
 * "Developer: Infocomm Media Development Authority (IMDA), Singapore.": the names a labelled
 * item lists after its label, split like table cells ("and" splits only before a lower-case word).
 */
export function fieldNames(value: Span, type: EntityType | undefined, found: readonly Found[], lexicon: Lexicon): Found[] {
  // ("Jane Roe (@jroe)", "Ruth Vale <ruth@example.org>": a handle or an address after a name is no part of it.)
  const text = value.text.replace(/\([^()]*\)|<[^<>\s]+>/g, (m) => ' '.repeat(m.length)).replace(/[.!?]\s*$/, '');
  // ("Authors: Jane Roe and Priya Tillerman": "and" before a lower-case word, or between two people's names, joins two values.)
  const joined = joinedPeople(
    text.replace(/\s+and\s+(?=\p{Ll})/gu, (m) => ','.padEnd(m.length)),
    type === 'Person',
  );
  const parts = cellParts({ start: value.start, end: value.start + text.length, text: joined })
    .map((p) => ({ ...p, text: value.text.slice(p.start - value.start, p.end - value.start) }))
    // "Developer: Acme (ACM), Singapore": a name is capitalised where the label calls for a named thing.
    .filter((p) => type === undefined || !NAMED_TYPES.has(type) || /^(?:(?:the|a|an)\s+)?[\p{Lu}\p{N}]/u.test(p.text) || /\p{Ll}\p{Lu}/u.test(p.text));
  return listedNames(parts, type, found, lexicon, 'discover:field').map((f) => {
    const acronym = /^\s*\(([^()\s]{2,10})\)/.exec(value.text.slice(f.end - value.start))?.[1];
    return acronym && /\p{Lu}/u.test(acronym) ? { ...f, alias: acronym } : f;
  });
}

function listedNames(parts: readonly Span[], type: EntityType | undefined, found: readonly Found[], lexicon: Lexicon, rule: string, qualified = false): Found[] {
  const out: Found[] = [];
  for (const whole of parts) {
    // "the International Organization for Standardization", "Prof. Jane Roe": a leading determiner or title is no part of the name.
    const det = /^(?:(?:the|a|an)\s+|(?:dr|prof|mr|ms|mrs)\.?\s+(?=\p{Lu}))/iu.exec(whole.text)?.[0].length ?? 0;
    const part = { start: whole.start + det, end: whole.end, text: whole.text.slice(det) };
    // A part that is exactly a known name, or holds one without being a capitalised name itself, is left to it.
    const inside = found.filter((f) => !f.nested && f.start < part.end && part.start < f.end);
    if (inside.some((f) => f.start <= part.start && f.end >= part.end) || (inside.length > 0 && !/^[\p{Lu}\p{N}]/u.test(part.text))) continue;
    if (inside.some((f) => f.start < part.start || f.end > part.end)) continue;
    // ("Marrowchain blobs", "Multi-round quill proofs": past the first column, a cell that ends in a lower-case term the
    // catalog knows names that term; what stands before it qualifies it.)
    if (qualified && inside.some((f) => !f.discovered && f.end === part.end && f.start > part.start && isLowerCaseTerm(part.text.slice(f.start - part.start)))) continue;
    const words = part.text.split(/\s+/);
    // "open-sourced in 2023", "published July 2024": a lower-case phrase with a preposition, capital or digit is prose.
    if (/^\p{Ll}/u.test(part.text) && words.slice(1).some((w) => lexicon.minorWords.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w))) continue;
    // ("Provider reputation and audited attributes", "Monitoring for rollup block builders": a cell in sentence case
    // that joins words or runs long is a description; "Risk-based", "public-facing": a compound adjective qualifies.)
    const sentenceCase = /^\p{Lu}/u.test(part.text) && /^\p{Ll}/u.test(words[1] ?? '');
    if (sentenceCase && (words.length > 3 || words.slice(1).some((w) => lexicon.minorWords.has(w.toLowerCase())))) continue;
    if (words.length === 1 && COMPOUND_ADJECTIVE.test(part.text)) continue;
    const first = (words[0] ?? '').toLowerCase();
    if (NOT_A_NAME.test(part.text) || lexicon.cellValues.has(part.text.toLowerCase()) || words.length > MAX_WORDS || lexicon.junkWords.has(first) || /^\p{N}/u.test(part.text)) continue;
    if (words.some((w) => lexicon.stopwords.has(w.toLowerCase()) && !lexicon.minorWords.has(w.toLowerCase()))) continue;
    // ("Authors: Jane Roe, Quill Grants Council": a name whose head noun the lexicon types as a group is no person's.)
    const head = lexicon.typeByWord.get((words.at(-1) ?? '').toLowerCase());
    const own = type === 'Person' && head !== undefined && NAMED_TYPES.has(head) ? head : type;
    const f = discovered(part.start, part.end, part.text, own ?? 'Project', rule, lexicon);
    out.push(own === undefined ? { ...f, weakType: true } : f);
  }
  return out;
}

/** The parts of a cell, without Markdown emphasis, code ticks or link targets. */
function cellParts(cell: Span): Span[] {
  const parts: Span[] = [];
  const link = LINK.exec(cell.text);
  const text = link?.[1] ?? cell.text;
  const base = cell.start + (link ? 1 : 0);
  for (const m of text.matchAll(PART)) {
    const raw = m[0];
    const lead = raw.length - raw.replace(/^[\s*_`"“]+/, '').length;
    const core = raw.replace(DECORATION, '');
    if (core === '') continue;
    const start = base + (m.index ?? 0) + lead;
    parts.push({ start, end: start + core.length, text: core });
  }
  return parts;
}
