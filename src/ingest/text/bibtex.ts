import type { Span } from '../types';

/** The fields of one cited work the ingest reads, as spans of the text (their values, without braces or quotes). */
export interface CitationEntry {
  author: Span;
  title: Span | null;
}

const ENTRY = /@[A-Za-z]+\s*\{[^,{}\s]*,/g;
const FIELD = /(?:^|[\s,])(author|title)\s*=\s*([{"])/gi;

/**
 * The entries of a block of BibTeX ("@software{key, author = {Jane Roe and Ravi Ostrane}, title = {Quill: …}}") in the
 * body between `from` and `to`, each with its author field and its title, when it has an author field. Values are spans
 * of the body, so a relation read from them keeps its evidence. (Parsers on the package registry return values, not
 * where they stand.)
 */
export function bibtexEntries(body: string, from: number, to: number): CitationEntry[] {
  const text = body.slice(from, to);
  const starts = [...text.matchAll(ENTRY)].map((m) => m.index ?? 0);
  const out: CitationEntry[] = [];
  for (const [k, start] of starts.entries()) {
    const end = starts[k + 1] ?? text.length;
    const fields = new Map<string, Span>();
    for (const m of text.slice(start, end).matchAll(FIELD)) {
      const open = start + (m.index ?? 0) + m[0].length;
      const close = valueEnd(text, open, m[2] === '{' ? '}' : '"');
      if (close < 0 || close > end) continue;
      const name = (m[1] as string).toLowerCase();
      if (!fields.has(name)) fields.set(name, span(body, from + open, from + close));
    }
    const author = fields.get('author');
    if (author && author.text !== '') out.push({ author, title: fields.get('title') ?? null });
  }
  return out;
}

/** Where a value opened just before `at` closes: the `closer` at brace depth zero, or -1. */
function valueEnd(text: string, at: number, closer: string): number {
  let depth = 0;
  for (let i = at; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') i += 1;
    else if (c === closer && depth === 0) return i;
    else if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    if (depth < 0) return -1;
  }
  return -1;
}

/** The span from `start` to `end`, trimmed of white space. */
function span(body: string, start: number, end: number): Span {
  const raw = body.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { start: start + lead, end: start + lead + text.length, text };
}
