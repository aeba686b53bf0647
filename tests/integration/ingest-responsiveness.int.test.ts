import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { probeHealthDuring } from '../../bench/health-probe';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus';
import type { Db } from '../../src/db/driver';
import type { reseed as Reseed } from '../../src/ingest/reseed';
import { clearGraph, connectTestDb } from '../helpers/neo4j';

// Issue 9, finding 11: while an ingest analyses a large folder, the process still answers at once.
// The compiled ingest is used, as `npm start` runs it: its analysis threads are compiled workers.

describe('ingest responsiveness', () => {
  let db: Db;
  let out: string;
  let corpus: string;
  let reseed: typeof Reseed;

  beforeAll(async () => {
    db = await connectTestDb(60_000);
    out = mkdtempSync(path.join(os.tmpdir(), 'kg-compiled-'));
    const build = spawnSync(
      path.resolve('node_modules/.bin/tsc'),
      [
        '--outDir',
        out,
        '--rootDir',
        path.resolve('src'),
        '--module',
        'commonjs',
        '--target',
        'es2022',
        '--esModuleInterop',
        '--skipLibCheck',
        '--experimentalDecorators',
        '--emitDecoratorMetadata',
        '--types',
        'node',
        '--resolveJsonModule',
        path.resolve('src/ingest/reseed.ts'),
        path.resolve('src/ingest/analysis.worker.ts'),
      ],
      { encoding: 'utf8' },
    );
    if (build.status !== 0 && !/error TS/.test(build.stdout)) throw new Error(`tsc failed:\n${build.stdout}${build.stderr}`);
    symlinkSync(path.resolve('node_modules'), path.join(out, 'node_modules'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    reseed = (require(path.join(out, 'ingest/reseed.js')) as { reseed: typeof Reseed }).reseed;
    corpus = mkdtempSync(path.join(os.tmpdir(), 'kg-responsive-'));
    writeSyntheticCorpus(corpus, 1500);
  }, 180_000);
  afterAll(async () => {
    await db.close();
    rmSync(out, { recursive: true, force: true });
    rmSync(corpus, { recursive: true, force: true });
  });

  it('answers a health probe in under 50 ms (p99) while 1,500 articles are analysed and written', async () => {
    await clearGraph(db);
    const phases = new Set<string>();
    const { result: report, figures } = await probeHealthDuring(() =>
      reseed({ db, articlesDir: corpus, catalogDir: 'seed/catalog', maxArticleBytes: 5_000_000, onProgress: (p) => phases.add(p.phase) }, { prune: true }),
    );
    process.stderr.write(`[responsiveness] health probes during the ingest: ${JSON.stringify(figures)}\n`);
    expect(report.articles.new).toHaveLength(1500);
    expect(phases).toEqual(new Set(['analyse', 'write']));
    expect(figures.probes).toBeGreaterThan(20);
    expect(figures.p99Ms).toBeLessThan(50);
  }, 300_000);
});
