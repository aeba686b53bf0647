import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, type Dirent } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { ARTICLE_EXTENSION } from '../../domain/ids';
import { articleIdOf, assignArticleIds } from '../article-id';
import { markupLines } from '../text/markup';
import type { IngestIssue, SourceArticle } from '../types';

export interface ReadOptions {
  /** Files larger than this are reported and skipped (counted while reading). @default 1_000_000 */
  maxBytes?: number;
  /**
   * Says, from an article's id and the hash of its bytes, that the graph already holds exactly this
   * file; such files are listed in `unchanged` and not parsed (parsing is most of the read's time).
   */
  isUnchanged?: (id: string, contentHash: string) => boolean;
}

export interface ReadResult {
  articles: SourceArticle[];
  issues: IngestIssue[];
  /** Ids of the files `isUnchanged` accepted, unparsed. */
  unchanged: string[];
  /** Ids of the article files that could not be read or parsed: the graph keeps what they gave before. */
  failedIds: string[];
}

export type ParseResult = { article: SourceArticle; issue?: undefined } | { article?: undefined; issue: IngestIssue };

/** Why a file of the folder was not read; the code leads its issue's message. */
export type ReadIssueCode = 'OUTSIDE_FOLDER' | 'SPECIAL_FILE' | 'TOO_LARGE' | 'UNREADABLE';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const DEFAULT_MAX_BYTES = 1_000_000;
const CHUNK_BYTES = 64 * 1024;

/** An article file of the folder: where it is listed, and the real file to open. */
interface Candidate {
  rel: string;
  real: string;
}

/**
 * Reads every .md/.txt file under `folder` (sorted by path). Only regular files inside the folder are
 * read: a symlink is followed only to a file inside the folder; FIFOs, sockets and devices are skipped
 * with a coded issue, and the size limit holds for the bytes actually read. Broken files become issues.
 */
export function readArticles(folder: string, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const articles: SourceArticle[] = [];
  const issues: IngestIssue[] = [];
  const unchanged: string[] = [];
  const failedIds: string[] = [];
  const listing = listArticleFiles(folder);
  const ids = assignArticleIds([...listing.candidates.map((c) => c.rel), ...listing.refused.map((r) => r.rel)]);
  const idOf = (rel: string) => ids.get(rel) ?? articleIdOf(rel);
  const fail = (rel: string, message: string, code?: ReadIssueCode) => {
    issues.push({ stage: 'read', articleId: rel, message: `${rel}: ${code ? `[${code}] ` : ''}${message}; skipped` });
    failedIds.push(idOf(rel));
  };
  for (const r of listing.refused) fail(r.rel, r.message, r.code);
  for (const { rel, real } of listing.candidates) {
    const read = readBounded(real, maxBytes);
    if ('code' in read) {
      fail(rel, read.message, read.code);
      continue;
    }
    const contentHash = sha256(read.bytes);
    const id = idOf(rel);
    if (options.isUnchanged?.(id, contentHash)) {
      unchanged.push(id);
      continue;
    }
    const result = parseArticle(rel, read.bytes, contentHash, id);
    if (result.article) articles.push(result.article);
    else {
      issues.push(result.issue);
      failedIds.push(id);
    }
  }
  issues.sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
  return { articles, issues, unchanged, failedIds };
}

/** Article files under `folder`, sorted by relative path; symlinks leaving the folder are refused. */
function listArticleFiles(folder: string): { candidates: Candidate[]; refused: { rel: string; message: string; code: ReadIssueCode }[] } {
  const root = realpathSync(folder);
  const candidates: Candidate[] = [];
  const refused: { rel: string; message: string; code: ReadIssueCode }[] = [];
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }) as Dirent[]) {
      const path = join(dir, entry.name);
      const rel = relative(folder, path).split(sep).join('/');
      if (entry.isDirectory()) {
        walk(path);
        continue;
      }
      if (!ARTICLE_EXTENSION.test(entry.name)) continue;
      if (!entry.isSymbolicLink()) {
        candidates.push({ rel, real: path });
        continue;
      }
      let real: string;
      try {
        real = realpathSync(path);
      } catch (error) {
        refused.push({ rel, message: `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, code: 'UNREADABLE' });
        continue;
      }
      if (inside(real)) candidates.push({ rel, real });
      else refused.push({ rel, message: 'a symbolic link to a file outside the articles folder', code: 'OUTSIDE_FOLDER' });
    }
  };
  walk(folder);
  const byRel = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  return { candidates: candidates.sort(byRel), refused: refused.sort(byRel) };
}

/**
 * The bytes of a regular file, at most `maxBytes`. Opened without blocking (a FIFO with no writer
 * would hang a plain open) and without following a link, then checked by its descriptor.
 */
function readBounded(path: string, maxBytes: number): { bytes: Buffer } | { code: ReadIssueCode; message: string } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  } catch (error) {
    return { code: 'UNREADABLE', message: `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { code: 'SPECIAL_FILE', message: `not a regular file (${fileKind(stat)})` };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) return { code: 'TOO_LARGE', message: `${Math.max(stat.size, total)} bytes is over the limit of ${maxBytes}` };
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { code: 'UNREADABLE', message: `unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

function fileKind(stat: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return stat.isDirectory() ? 'a folder' : 'a special file';
}

/** Turns one file's bytes into an article, or into an issue saying why it cannot be one. Pure. */
export function parseArticle(relativePath: string, bytes: Uint8Array, contentHash = sha256(bytes), id = articleIdOf(relativePath)): ParseResult {
  const fail = (message: string): ParseResult => ({
    issue: { stage: 'read', articleId: relativePath, message: `${relativePath}: ${message}; skipped` },
  });
  if (bytes.includes(0)) return fail('binary file (contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('not valid UTF-8');
  }
  let meta: Record<string, unknown> = {};
  let rest = text;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    try {
      const parsed: unknown = parse(fm[1] ?? '');
      if (parsed !== null && parsed !== undefined && (typeof parsed !== 'object' || Array.isArray(parsed))) {
        return fail('front-matter is not a mapping');
      }
      meta = (parsed ?? {}) as Record<string, unknown>;
    } catch (error) {
      return fail(`invalid YAML front-matter (${(error as Error).message.split('\n')[0]})`);
    }
    rest = text.slice(fm[0].length);
  }
  const all = rest.split(/\r?\n/).map((l) => l.trim());
  const markup = markupLines(all);
  // ("import Tabs from '@theme/Tabs';", "<Banner />": an MDX page's markup is no text.)
  const lines = all.filter((l, i) => l !== '' && !markup.has(i));
  if (lines.length === 0) return fail('empty (no body text)');
  if (lines.length === 1 && isTitleLike(lines[0] as string)) return fail(`title only ("${(lines[0] as string).trim()}"), no body`);
  const firstLine = (lines[0] as string).replace(/^#+\s*/, '').trim();
  return {
    article: {
      id,
      path: relativePath,
      title: stringField(meta.title) ?? firstLine,
      ...optional('source', webLink(stringField(meta.source))),
      ...optional('date', dateField(meta.date)),
      body: text,
      ...(fm ? { frontMatter: fm[0].length } : {}),
      contentHash,
    },
  };
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function isTitleLike(line: string): boolean {
  const text = line.replace(/^#+\s*/, '').trim();
  return text.split(/\s+/).length <= 20 && !/[.!?]["'”’)]?$/.test(text);
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Only http(s) links are kept: a `javascript:` or `file:` source would be served as a link. */
function webLink(value: string | undefined): string | undefined {
  if (value === undefined || !URL.canParse(value)) return undefined;
  return ['http:', 'https:'].includes(new URL(value).protocol) ? value : undefined;
}

function dateField(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return stringField(value);
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
