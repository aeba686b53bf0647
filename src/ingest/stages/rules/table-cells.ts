import type { EntityType } from '../../../domain/vocabulary';
import { normalizeLabel, type Lexicon } from '../../lexicon';
import type { Block, Sentence, Span } from '../../types';
import { discovered, type Found } from '../discover';

const PART = /[^,;+/&]+/g;
const DECORATION = /^[\s*_`"“]+|[\s*_`"”]+$/g;
const LINK = /^\[([^\]]+)\]\([^)]*\)$/;
const NOT_A_NAME = /^[\p{N}\p{P}\p{S}\s]*$|^(?:yes|no|none|n\/?a|tbd|partial|unknown|native|optional|planned|live|mainnet|testnet)$/iu;
const MAX_WORDS = 6;

/**
 * The names a Markdown table row lists: each cell, or each part of a cell split at ",", "+", "/",
 * ";" and "&", that no other rule has named. The first column is typed by its header's noun
 * ("Project"), the others by what their header states (`tableColumns`); prose cells are none.
 */
export function tableCells(block: Block, header: Block | undefined, s: Sentence, found: readonly Found[], lexicon: Lexicon): Found[] {
  const out: Found[] = [];
  for (const [c, cell] of (block.cells ?? []).entries()) {
    const head = normalizeLabel(header?.cells?.[c]?.text ?? '');
    const type: EntityType | undefined = c === 0 ? lexicon.typeByWord.get(head.split(' ').pop() ?? '') : lexicon.tableColumns.get(head)?.objectType;
    for (const part of cellParts(cell)) {
      if (found.some((f) => !f.nested && f.start < part.end && part.start < f.end)) continue;
      const words = part.text.split(/\s+/);
      if (NOT_A_NAME.test(part.text) || words.length > MAX_WORDS || (/^\p{Ll}/u.test(part.text) && words.length > 3)) continue;
      if (words.some((w) => lexicon.stopwords.has(w.toLowerCase()) && !lexicon.minorWords.has(w.toLowerCase()))) continue;
      const f = discovered(part.start, part.end, part.text, type ?? 'Project', 'discover:table-cell', lexicon);
      out.push(type === undefined ? { ...f, weakType: true } : f);
    }
  }
  return out.filter((f) => f.start >= s.start && f.end <= s.end);
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
