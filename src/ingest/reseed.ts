import { createHash } from 'node:crypto';
import type { Db } from '../db/driver';
import { ingestRepository } from '../db/repositories/ingest.repository';
import { articleId } from '../domain/ids';
import type { ReseedOptions, ReseedReport } from '../domain/reseed';
import { buildKnowledge, readKnowledgeFiles } from './knowledge';
import { acquireIngestLock } from './lock';
import { analyze } from './pipeline';
import { readArticles } from './stages/read-article';
import { EMPTY_STATS, writePatches, type WriteStats } from './stages/write-patch';
import type { EntityRecord, GraphPatch, IngestIssue, SourceArticle } from './types';

export interface ReseedDeps {
  db: Db;
  articlesDir: string;
  catalogDir: string;
  maxArticleBytes: number;
  /** Articles per write transaction. @default 200 */
  batchSize?: number;
  /** Called as work advances: `done` of `total` articles analysed or written. */
  onProgress?: (progress: { phase: 'analyse' | 'write'; done: number; total: number }) => void;
  now?: () => Date;
}

/**
 * The incremental ingest: reads the folder, skips articles whose content and knowledge are
 * unchanged, re-extracts changed and new ones, removes deleted ones. Holds the ingest lock while
 * writing; each batch of articles is one transaction, so a killed run leaves every article either
 * old or new. Files that cannot be read keep their previous state in the graph.
 */
export async function reseed(deps: ReseedDeps, options: ReseedOptions = {}): Promise<ReseedReport> {
  const started = Date.now();
  const dryRun = options.dryRun === true;
  // The stored hashes are read while the knowledge is built (the database works, this process computes).
  const storedHashes = ingestRepository.findArticleHashes(deps.db);
  storedHashes.catch(() => undefined); // awaited below; a rejection before then is not unhandled
  const knowledgeFiles = readKnowledgeFiles(deps.catalogDir);
  const knowledge = buildKnowledge(knowledgeFiles);
  const knowledgeHash = sha256(knowledgeFiles.map((f) => f.text).join('\0'));
  const stored = await storedHashes;
  // Files whose bytes and knowledge match what the graph holds are not even parsed.
  const isUnchanged = (id: string, contentHash: string) => !options.full && stored.get(id) === `${contentHash}/${knowledgeHash}`;
  const read = readArticles(deps.articlesDir, { maxBytes: deps.maxArticleBytes, isUnchanged });
  const issues: IngestIssue[] = [...knowledge.issues];
  const failed = read.issues.map((i) => ({ path: i.articleId, reason: i.message }));
  const failedIds = new Set(read.issues.map((i) => articleId(i.articleId)));

  const seen = new Set([...read.articles.map((a) => a.id), ...read.unchanged]);
  const plan = { new: [] as SourceArticle[], changed: [] as SourceArticle[], unchanged: read.unchanged };
  for (const article of read.articles) {
    if (stored.has(article.id)) plan.changed.push(article);
    else plan.new.push(article);
  }
  const removed = [...stored.keys()].filter((id) => !seen.has(id) && !failedIds.has(id)).sort();

  const toAnalyse = [...plan.new, ...plan.changed];
  const patches: GraphPatch[] = [];
  for (const [i, article] of toAnalyse.entries()) {
    try {
      const analysis = analyze(article, knowledge);
      patches.push(analysis.patch);
      issues.push(...analysis.issues);
    } catch (error) {
      failed.push({ path: article.path, reason: `${article.path}: analysis failed (${(error as Error).message}); skipped` });
    }
    if (i % 50 === 49 || i === toAnalyse.length - 1) deps.onProgress?.({ phase: 'analyse', done: i + 1, total: toAnalyse.length });
  }
  const failedPaths = new Set(failed.map((f) => f.path));
  // The catalog is already in the graph when some stored article was extracted with this knowledge.
  const catalogSynced = [...stored.values()].some((hashes) => hashes.endsWith(`/${knowledgeHash}`));
  const catalog = catalogSynced ? [] : [...knowledge.entities.values()].map(catalogRecord);
  const nothingToWrite = patches.length === 0 && removed.length === 0 && catalog.length === 0;
  const stats = nothingToWrite ? { ...EMPTY_STATS } : await write(deps, patches, removed, catalog, { dryRun, knowledgeHash });

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
    durationMs: Date.now() - started,
  };
}

async function write(
  deps: ReseedDeps,
  patches: GraphPatch[],
  removed: string[],
  catalog: EntityRecord[],
  { dryRun, knowledgeHash }: { dryRun: boolean; knowledgeHash: string },
): Promise<WriteStats> {
  const ingestedAt = (deps.now ?? (() => new Date()))();
  const common = { ingestedAt, knowledgeHash, dryRun };
  if (dryRun) {
    // One rolled-back transaction, so the counts are exactly what a real run would change.
    return writePatches(deps.db, patches, { ...common, removeArticleIds: removed, catalog });
  }
  const lock = await acquireIngestLock(deps.db);
  try {
    const total = { ...EMPTY_STATS };
    const size = deps.batchSize ?? 200;
    const batches = Math.max(1, Math.ceil(patches.length / size));
    for (let b = 0; b < batches; b++) {
      const first = b === 0;
      const batch = patches.slice(b * size, (b + 1) * size);
      const stats = await writePatches(deps.db, batch, {
        ...common,
        removeArticleIds: first ? removed : [],
        catalog: first ? catalog : [],
      });
      for (const key of Object.keys(total) as (keyof WriteStats)[]) total[key] += stats[key];
      await lock.renew();
      deps.onProgress?.({ phase: 'write', done: Math.min(patches.length, (b + 1) * size), total: patches.length });
    }
    return total;
  } finally {
    await lock.release();
  }
}

function catalogRecord(e: { id: string; name: string; type: EntityRecord['type']; aliases: string[]; description: string | null }): EntityRecord {
  return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, description: e.description, discovered: false, confidence: 1 };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
