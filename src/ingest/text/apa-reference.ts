import type { Span } from '../types';
import type { CitationEntry } from './bibtex';

/** "Roe, J.", "Al-Ostrane, KD.", "van Roe, J. R.": a surname, a comma and initials. */
const AUTHOR = String.raw`(?:\p{Ll}+\s+)?\p{Lu}[\p{L}'’-]+,\s*(?:\p{Lu}{1,2}\.\s*){1,3}`;
/**
 * A reference line in the author–date style: an optional marker ("[1]", "<sup>[1](…)</sup>", "1."), the authors
 * (group 2) joined by commas and "&", the year in parentheses, then the title (group 3), set in emphasis or not, up to
 * its full stop.
 */
const REFERENCE = new RegExp(
  String.raw`^((?:<sup>.*?<\/sup>|\[\d+\](?:\([^)]*\))?|\d+\.)?\s*)(${AUTHOR}(?:,?\s*(?:&\s*)?${AUTHOR})*)\s*\((?:19|20)\d\d[a-z]?\)\.\s+[_*"“]*([^_*"”\n]+?)[_*"”.]*\s*$`,
  'u',
);

/**
 * "Roe, J., Ostrane, R., & Tillerman, M. (2019). _Quorrel: Scaling …_": the authors and the title of one line of a reference
 * list, as spans of the body; null for any other line.
 */
export function apaReference(line: Span): CitationEntry | null {
  const m = REFERENCE.exec(line.text);
  if (!m) return null;
  const authorsAt = line.start + (m[1] as string).length;
  const authors = (m[2] as string).trimEnd();
  const title = m[3] as string;
  const titleAt = line.start + line.text.lastIndexOf(title);
  return { author: { start: authorsAt, end: authorsAt + authors.length, text: authors }, title: { start: titleAt, end: titleAt + title.length, text: title } };
}
