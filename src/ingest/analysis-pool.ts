import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Knowledge, KnowledgeFile } from './knowledge';
import { analyze } from './pipeline';
import type { Analysis, SourceArticle } from './types';

/** One article's analysis, or the message of the error that stopped it. */
export type AnalysisOutcome = { analysis: Analysis; error?: undefined } | { analysis?: undefined; error: string };

export interface AnalyzeAllOptions {
  /** Analysis threads. @default os.availableParallelism() */
  threads?: number;
  /** Folders of fewer articles are analysed on this thread (starting a thread costs more). @default 16 */
  minArticlesForThreads?: number;
  onProgress?: (done: number, total: number) => void;
}

const WORKER_FILE = path.join(__dirname, 'analysis.worker.js');
const ARTICLES_PER_MESSAGE = 16;
/** On this thread, the analysis yields to the event loop after this much work. */
const SLICE_MS = 10;

/**
 * `analyze` for every article, `result[i]` for `articles[i]`, off the event loop: in worker threads
 * (one per core) when the compiled worker is present, else here in slices of `SLICE_MS` between
 * which requests are served (as under ts-jest, where no compiled worker exists).
 */
export async function analyzeAll(articles: readonly SourceArticle[], knowledge: { files: readonly KnowledgeFile[]; built: Knowledge }, options: AnalyzeAllOptions = {}): Promise<AnalysisOutcome[]> {
  const threads = Math.max(1, Math.min(options.threads ?? os.availableParallelism(), Math.ceil(articles.length / ARTICLES_PER_MESSAGE)));
  if (articles.length < (options.minArticlesForThreads ?? 16) || !existsSync(WORKER_FILE)) {
    return analyzeHere(articles, knowledge.built, options.onProgress);
  }
  return analyzeInWorkers(articles, knowledge.files, threads, options.onProgress);
}

/** The analysis of one article, or why it failed (a bug in a stage must not stop the others). */
export function analyzeOne(article: SourceArticle, knowledge: Knowledge): AnalysisOutcome {
  try {
    return { analysis: analyze(article, knowledge) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function analyzeHere(articles: readonly SourceArticle[], knowledge: Knowledge, onProgress?: (done: number, total: number) => void) {
  const results: AnalysisOutcome[] = [];
  let sliceStart = performance.now();
  for (const article of articles) {
    results.push(analyzeOne(article, knowledge));
    if (performance.now() - sliceStart > SLICE_MS) {
      onProgress?.(results.length, articles.length);
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  onProgress?.(results.length, articles.length);
  return results;
}

async function analyzeInWorkers(
  articles: readonly SourceArticle[],
  knowledgeFiles: readonly KnowledgeFile[],
  threads: number,
  onProgress?: (done: number, total: number) => void,
): Promise<AnalysisOutcome[]> {
  const results = new Array<AnalysisOutcome>(articles.length);
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_FILE, { workerData: { knowledgeFiles } }));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let at = 0;
            const send = () => {
              if (next >= articles.length) return resolve();
              at = next;
              next += ARTICLES_PER_MESSAGE;
              worker.postMessage(articles.slice(at, at + ARTICLES_PER_MESSAGE));
            };
            worker.on('message', (batch: AnalysisOutcome[]) => {
              for (const [i, outcome] of batch.entries()) results[at + i] = outcome;
              done += batch.length;
              onProgress?.(done, articles.length);
              send();
            });
            worker.once('error', reject);
            worker.once('exit', (code) => (next < articles.length || done < articles.length ? reject(new Error(`analysis thread exited with code ${code}`)) : resolve()));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
