import { createHash } from 'node:crypto';
import { ARTICLE_EXTENSION } from '../domain/ids';

/**
 * The ids of an articles folder's files, from their relative paths (forward slashes).
 * A path whose every segment is already a slug keeps the readable id `article:<segments joined by ->`
 * (`l2/intro.md` → `article:l2-intro`); any other path, and the later of two paths with the same
 * readable id, gets a short hash of the whole path: `a b.md`, `a-b.md` and `A_B.txt` stay three
 * articles. Letters of every script are kept (`日本語.md` → `article:日本語`); an id is never `article:`.
 * Deterministic for a given set of paths; `paths` in any order.
 */
export function assignArticleIds(paths: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const path of [...paths].sort()) {
    let id = readableId(path) ?? hashedId(path, 6);
    if (taken.has(id)) id = hashedId(path, 6);
    if (taken.has(id)) id = hashedId(path, 16);
    ids.set(path, id);
    taken.add(id);
  }
  return ids;
}

/** The id of one file, as `assignArticleIds` gives it when no other file claims the same id. */
export function articleIdOf(relativePath: string): string {
  return readableId(relativePath) ?? hashedId(relativePath, 6);
}

function readableId(path: string): string | undefined {
  const segments = stem(path).split('/');
  const canonical = segments.every((s) => s.length > 0 && slugOf(s) === s);
  return canonical ? `article:${segments.join('-')}` : undefined;
}

function hashedId(path: string, length: number): string {
  const hash = createHash('sha256').update(path).digest('hex').slice(0, length);
  const base = slugOf(stem(path).replace(/\//g, '-'));
  return `article:${base ? `${base}-` : ''}${hash}`;
}

function stem(path: string): string {
  return path.replace(ARTICLE_EXTENSION, '');
}

/** Lower case, Latin accents dropped, every run of anything but letters and digits (any script) one `-`. */
function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
