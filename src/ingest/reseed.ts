import { createHash } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/driver';
import { ingestRepository, type StoredArticle } from '../db/repositories/ingest.repository';
import type { ReseedOptions, ReseedReport } from '../domain/reseed';
import { analyzeAll } from './analysis-pool';
import { buildKnowledge, readKnowledgeFiles } from './knowledge';
import { acquireIngestLock, type IngestLock } from './lock';
import { previewPatches } from './stages/preview-patch';
import { readArticles } from './stages/read-article';
import { EMPTY_STATS, writePatches, type WriteStats } from './stages/write-patch';
import type { EntityRecord, GraphPatch, IngestIssue, SourceArticle } from './types';

export interface ReseedDeps {
  db: Db;
  articlesDir: string;
  catalogDir: string;
  maxArticleBytes: number;
  /** Articles per write transaction, for writes and removals alike. @default 200 */
  batchSize?: number;
  /** Analysis threads. @default os.availableParallelism() */
  analysisThreads?: number;
  /** Called as work advances: `done` of `total` articles analysed or written. */
  onProgress?: (progress: { phase: 'analyse' | 'write'; done: number; total: number }) => void;
  now?: () => Date;
}

export interface IngestOptions extends ReseedOptions {
  /**
   * Remove the articles of this folder whose files are gone. Only the folder's own articles are
   * considered, and a folder with no article file never prunes. @default false
   */
  prune?: boolean;
  /** With `prune`, also remove articles stored before folders were recorded that this folder lacks. @default false */
  pruneUnowned?: boolean;
}

/** The articles folder is missing or not a folder; nothing was read or changed. */
export class IngestFolderError extends Error {
  override name = 'IngestFolderError';
}

/**
 * The incremental ingest of one folder: an article is keyed by its folder and relative path, and
 * the ingest adds, changes and (with `prune`) removes articles of this folder only. Unchanged
 * articles are skipped. The ingest lock is taken before anything is read, so a second ingest is
 * refused at once; a dry run takes no lock and only reads. Each batch of articles is one
 * transaction, so a killed run leaves every article either old or new. Files that cannot be read
 * keep their previous state in the graph.
 */
export async function reseed(deps: ReseedDeps, options: IngestOptions = {}): Promise<ReseedReport> {
  const started = Date.now();
  const folder = folderKey(deps.articlesDir);
  const lock = options.dryRun === true ? undefined : await acquireIngestLock(deps.db);
  try {
    return { ...(await ingest(deps, options, folder, lock)), durationMs: Date.now() - started };
  } finally {
    await lock?.release();
  }
}

async function ingest(deps: ReseedDeps, options: IngestOptions, folder: string, lock: IngestLock | undefined): Promise<Omit<ReseedReport, 'durationMs'>> {
  const dryRun = lock === undefined;
  // The stored hashes are read while the knowledge is built (the database works, this process computes).
  const storedHashes = ingestRepository.findArticleHashes(deps.db);
  storedHashes.catch(() => undefined); // awaited below; a rejection before then is not unhandled
  const knowledgeFiles = readKnowledgeFiles(deps.catalogDir);
  const knowledge = buildKnowledge(knowledgeFiles);
  const knowledgeHash = sha256(knowledgeFiles.map((f) => f.text).join('\0'));
  const stored = await storedHashes;
  // Files whose folder, bytes and knowledge match what the graph holds are not even parsed.
  const isUnchanged = (id: string, contentHash: string) => !options.full && stored.get(id)?.folder === folder && stored.get(id)?.hashes === `${contentHash}/${knowledgeHash}`;
  const read = readArticles(deps.articlesDir, { maxBytes: deps.maxArticleBytes, isUnchanged });
  const issues: IngestIssue[] = [...knowledge.issues];
  const failed = read.issues.map((i) => ({ path: i.articleId, reason: i.message }));
  const failedIds = new Set(read.failedIds);

  const plan = { new: [] as SourceArticle[], changed: [] as SourceArticle[], unchanged: read.unchanged };
  for (const article of read.articles) {
    const owner = stored.get(article.id)?.folder;
    if (owner && owner !== folder) {
      failed.push({ path: article.path, reason: `${article.path}: [ID_TAKEN] ${article.id} is an article of ${owner}; rename the file or remove it there; skipped` });
      failedIds.add(article.id);
    } else if (stored.has(article.id)) plan.changed.push(article);
    else plan.new.push(article);
  }
  const listed = read.articles.length + read.unchanged.length + read.failedIds.length;
  const removed = options.prune && listed > 0 ? gone(stored, folder, new Set([...read.articles.map((a) => a.id), ...read.unchanged, ...failedIds]), options.pruneUnowned === true) : [];
  if (options.prune && listed === 0) {
    issues.push({ stage: 'read', articleId: deps.articlesDir, message: `${deps.articlesDir}: no article files; nothing removed (an empty folder never prunes)` });
  }

  const toAnalyse = [...plan.new, ...plan.changed];
  const outcomes = await analyzeAll(
    toAnalyse,
    { files: knowledgeFiles, built: knowledge },
    {
      threads: deps.analysisThreads,
      onProgress: (done, total) => deps.onProgress?.({ phase: 'analyse', done, total }),
    },
  );
  const patches: GraphPatch[] = [];
  outcomes.forEach((outcome, i) => {
    const article = toAnalyse[i] as SourceArticle;
    if (outcome.analysis) {
      patches.push(outcome.analysis.patch);
      issues.push(...outcome.analysis.issues);
    } else failed.push({ path: article.path, reason: `${article.path}: analysis failed (${outcome.error}); skipped` });
  });
  const failedPaths = new Set(failed.map((f) => f.path));
  // The catalog is already in the graph when some stored article was extracted with this knowledge.
  // (Its entries some article mentions: the catalog helps to recognize names, it states nothing itself.
  // A changed catalog re-extracts every article, so the patches then name every mentioned entry.)
  const catalogSynced = [...stored.values()].some((s) => s.hashes.endsWith(`/${knowledgeHash}`));
  const mentioned = new Set(patches.flatMap((p) => p.entities.filter((e) => !e.discovered).map((e) => e.id)));
  const catalog = catalogSynced ? [] : [...knowledge.entities.values()].filter((e) => mentioned.has(e.id)).map(catalogRecord);
  const nothingToWrite = patches.length === 0 && removed.length === 0 && catalog.length === 0;
  const stats = nothingToWrite
    ? { ...EMPTY_STATS }
    : lock
      ? await writeInBatches(deps, lock, { patches, removed, catalog }, { knowledgeHash, folder })
      : await previewPatches(deps.db, patches, { removeArticleIds: removed, catalog });

  return {
    dryRun,
    articles: {
      new: plan.new.filter((a) => !failedPaths.has(a.path)).map((a) => a.id),
      changed: plan.changed.filter((a) => !failedPaths.has(a.path)).map((a) => a.id),
      unchanged: plan.unchanged,
      removed,
      failed,
    },
    ...stats,
    issues: issues.map(({ stage, articleId: id, message }) => ({ stage, articleId: id, message })),
  };
}

/** The stored articles of `folder` (and, with `unowned`, of no recorded folder) that are not in `present`. */
function gone(stored: ReadonlyMap<string, StoredArticle>, folder: string, present: ReadonlySet<string>, unowned: boolean): string[] {
  return [...stored]
    .filter(([id, s]) => (s.folder === folder || (unowned && s.folder === null)) && !present.has(id))
    .map(([id]) => id)
    .sort();
}

/**
 * Removals, then writes, each batch of `batchSize` articles one transaction: a removal of 10,000
 * articles stays within Neo4j's transaction memory limit like a write of 10,000 does.
 */
async function writeInBatches(
  deps: ReseedDeps,
  lock: IngestLock,
  work: { patches: GraphPatch[]; removed: string[]; catalog: EntityRecord[] },
  { knowledgeHash, folder }: { knowledgeHash: string; folder: string },
): Promise<WriteStats> {
  const ingestedAt = (deps.now ?? (() => new Date()))();
  const size = deps.batchSize ?? 200;
  const batches = [
    ...chunks(work.removed, size).map((ids) => ({ patches: [] as GraphPatch[], removeArticleIds: ids })),
    ...chunks(work.patches, size).map((patches) => ({ patches, removeArticleIds: [] as string[] })),
  ];
  const total = { ...EMPTY_STATS };
  const articles = work.removed.length + work.patches.length;
  let done = 0;
  for (const [b, batch] of (batches.length > 0 ? batches : [{ patches: [], removeArticleIds: [] }]).entries()) {
    const stats = await writePatches(deps.db, batch.patches, {
      ingestedAt,
      knowledgeHash,
      folder,
      removeArticleIds: batch.removeArticleIds,
      catalog: b === 0 ? work.catalog : [],
    });
    for (const key of Object.keys(total) as (keyof WriteStats)[]) total[key] += stats[key];
    await lock.renew();
    done += batch.patches.length + batch.removeArticleIds.length;
    deps.onProgress?.({ phase: 'write', done, total: articles });
  }
  return total;
}

/** The folder's identity in the graph (`Article.folder`): its real absolute path. */
export function folderKey(dir: string): string {
  try {
    const real = realpathSync(path.resolve(dir));
    if (statSync(real).isDirectory()) return real;
  } catch {
    // reported below, with the path as given
  }
  throw new IngestFolderError(`ingest: the articles folder ${path.resolve(dir)} does not exist or is not a folder; nothing was changed.`);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

function catalogRecord(e: { id: string; name: string; type: EntityRecord['type']; aliases: string[]; description: string | null }): EntityRecord {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, description: e.description, discovered: false, confidence: 1 };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
