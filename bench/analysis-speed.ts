/**
 * Analysis throughput on one core: `analyze()` in a loop over the real articles (seed, dev and
 * test corpora) and over 1,000 synthetic ones, 5 s each, next to its floor in the same run: the
 * part-of-speech tagging every sentence needs before any rule runs.
 *   npx tsc -p tsconfig.bench.json && node dist-bench/bench/analysis-speed.js
 * To compare with another commit, run the same two commands in a `git worktree` of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, loadKnowledge } from '../src/ingest/pipeline';
import { readArticles } from '../src/ingest/stages/read-article';
import { segment } from '../src/ingest/stages/segment';
import { tagSentences } from '../src/ingest/text/pos';
import { tokenize } from '../src/ingest/text/tokenize';
import type { SourceArticle } from '../src/ingest/types';
import { writeSyntheticCorpus } from './synthetic-corpus';

/** MB of article bodies per second that `work` gets through on this thread, for `seconds`. */
function megabytesPerSecond(articles: readonly SourceArticle[], work: (a: SourceArticle) => unknown, seconds = 5): number {
  for (const a of articles.slice(0, 100)) work(a);
  let bytes = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const a of articles) {
      work(a);
      bytes += Buffer.byteLength(a.body);
    }
  }
  return bytes / 1e6 / ((performance.now() - started) / 1000);
}

/** The floor: what part-of-speech tagging alone costs (segment, tokenize, wink-nlp), the first step analysis cannot skip. */
function tagOnly(knowledge: ReturnType<typeof loadKnowledge>): (a: SourceArticle) => unknown {
  return (a) =>
    tagSentences(
      a.body,
      segment(a, knowledge.lexicon).sentences.map((s) => tokenize(s.text, s.start, knowledge.lexicon.glueWords)),
    );
}

const knowledge = loadKnowledge('seed/catalog');
const real = ['seed/articles', 'tests/fixtures/articles', 'tests/fixtures/unseen'].flatMap((dir) => readArticles(dir).articles);
const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-speed-'));
try {
  writeSyntheticCorpus(folder, 1000);
  const synthetic = readArticles(folder, { maxBytes: 5_000_000 }).articles;
  for (const [label, articles] of [
    ['real articles (seed, dev, test)', real],
    ['synthetic, 1,000 articles', synthetic],
  ] as const) {
    const full = megabytesPerSecond(articles, (a) => analyze(a, knowledge));
    const floor = megabytesPerSecond(articles, tagOnly(knowledge));
    console.log(`${label}: analysis ${full.toFixed(2)} MB/s on one core; floor (tagging alone) ${floor.toFixed(2)} MB/s; analysis/floor time ${(floor / full).toFixed(2)}x`);
  }
  console.log('Target (issue 8): >= 2 MB/s on one core.');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
