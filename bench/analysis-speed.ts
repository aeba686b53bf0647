/**
 * Analysis throughput on one core: `analyze()` in a loop over the real articles (seed, dev and
 * test corpora) and over 1,000 synthetic ones, 5 s each.
 *   npx tsc -p tsconfig.bench.json && node dist-bench/bench/analysis-speed.js
 * To compare with another commit, run the same two commands in a `git worktree` of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, loadKnowledge } from '../src/ingest/pipeline';
import { readArticles } from '../src/ingest/stages/read-article';
import type { SourceArticle } from '../src/ingest/types';
import { writeSyntheticCorpus } from './synthetic-corpus';

function megabytesPerSecond(articles: readonly SourceArticle[], knowledge: ReturnType<typeof loadKnowledge>, seconds = 5): number {
  for (const a of articles.slice(0, 100)) analyze(a, knowledge);
  let bytes = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const a of articles) {
      analyze(a, knowledge);
      bytes += Buffer.byteLength(a.body);
    }
  }
  return bytes / 1e6 / ((performance.now() - started) / 1000);
}

const knowledge = loadKnowledge('seed/catalog');
const real = ['seed/articles', 'tests/fixtures/articles', 'tests/fixtures/unseen'].flatMap((dir) => readArticles(dir).articles);
const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-speed-'));
try {
  writeSyntheticCorpus(folder, 1000);
  const synthetic = readArticles(folder, { maxBytes: 5_000_000 }).articles;
  console.log(`real articles (seed, dev, test): ${megabytesPerSecond(real, knowledge).toFixed(2)} MB/s on one core`);
  console.log(`synthetic, 1,000 articles: ${megabytesPerSecond(synthetic, knowledge).toFixed(2)} MB/s on one core`);
  console.log('Target (issue 8): >= 2 MB/s on one core.');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
