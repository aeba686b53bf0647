import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { articleId } from '../../domain/ids';
import type { IngestIssue, SourceArticle } from '../types';

export interface ReadOptions {
  /** Files larger than this are reported and skipped. @default 1_000_000 */
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
}

export type ParseResult = { article: SourceArticle; issue?: undefined } | { article?: undefined; issue: IngestIssue };

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const DEFAULT_MAX_BYTES = 1_000_000;

/** Reads every .md/.txt file under `folder` (sorted by path). Broken files become issues; the rest is read. */
export function readArticles(folder: string, options: ReadOptions = {}): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const articles: SourceArticle[] = [];
  const issues: IngestIssue[] = [];
  const unchanged: string[] = [];
  for (const path of listArticleFiles(folder)) {
    const rel = relative(folder, path).split(sep).join('/');
    const fail = (message: string) => issues.push({ stage: 'read', articleId: rel, message: `${rel}: ${message}; skipped` });
    let bytes: Buffer;
    try {
      const size = statSync(path).size;
      if (size > maxBytes) {
        fail(`${size} bytes is over the limit of ${maxBytes}`);
        continue;
      }
      bytes = readFileSync(path);
    } catch (error) {
      fail(`unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    const contentHash = sha256(bytes);
    const id = articleId(rel);
    if (options.isUnchanged?.(id, contentHash)) {
      unchanged.push(id);
      continue;
    }
    const result = parseArticle(rel, bytes, contentHash);
    if (result.article) articles.push(result.article);
    else issues.push(result.issue);
  }
  return { articles, issues, unchanged };
}

function listArticleFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => ARTICLE_FILE.test(name))
    .map((name) => join(folder, name))
    .sort();
}

/** Turns one file's bytes into an article, or into an issue saying why it cannot be one. Pure. */
export function parseArticle(relativePath: string, bytes: Uint8Array, contentHash = sha256(bytes)): ParseResult {
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
  let body = text;
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
    body = text.slice(fm[0].length);
  }
  const lines = body.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length === 0) return fail('empty (no body text)');
  if (lines.length === 1 && isTitleLike(lines[0] as string)) return fail(`title only ("${(lines[0] as string).trim()}"), no body`);
  const firstLine = (lines[0] as string).replace(/^#+\s*/, '').trim();
  return {
    article: {
      id: articleId(relativePath),
      path: relativePath,
      title: stringField(meta.title) ?? firstLine,
      ...optional('source', stringField(meta.source)),
      ...optional('date', dateField(meta.date)),
      body,
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

function dateField(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return stringField(value);
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
