import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus';
import type { Db } from '../../src/db/driver';
import { IngestRunningError } from '../../src/errors';
import { acquireIngestLock } from '../../src/ingest/lock';
import { reseed } from '../../src/ingest/reseed';
import { clearGraph, connectTestDb, cypher, testNeo4jUri } from '../helpers/neo4j';

/** Everything in the graph except ingest times and the lock, in a stable order. */
async function snapshot(db: Db): Promise<unknown> {
  const nodes = await cypher(db, 'MATCH (n) WHERE NOT n:IngestLock AND NOT n:GraphVersion RETURN labels(n) AS l, properties(n) AS p ORDER BY coalesce(n.id, "")');
  const rels = await cypher(db, 'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, properties(r) AS p, b.id AS b ORDER BY a, t, b');
  return { nodes: nodes.map((n) => ({ ...n, p: { ...(n.p as object), ingestedAt: undefined } })), rels };
}

/** Invariants a half-written graph would break. */
async function expectConsistent(db: Db): Promise<void> {
  const unsupported = await cypher(
    db,
    `MATCH (s:Entity)-[r]->(o:Entity)
    WHERE NOT EXISTS { MATCH (ev:Evidence {relKey: s.id + '|' + type(r) + '|' + o.id}) } RETURN count(r) AS n`,
  );
  const countsOff = await cypher(
    db,
    `MATCH (s:Entity)-[r]->(o:Entity)
    CALL (s, r, o) { MATCH (ev:Evidence {relKey: s.id + '|' + type(r) + '|' + o.id}) RETURN count(ev) AS n }
    WITH r, n WHERE r.evidenceCount <> n RETURN count(r) AS n`,
  );
  const orphanEvidence = await cypher(db, 'MATCH (ev:Evidence) WHERE NOT EXISTS { (:Article)-[:HAS_EVIDENCE]->(ev) } RETURN count(ev) AS n');
  const evidenceWithoutRelation = await cypher(
    db,
    `MATCH (ev:Evidence)
    WHERE NOT EXISTS { MATCH (s:Entity {id: ev.subjectId})-[r]->(o:Entity {id: ev.objectId}) WHERE type(r) = ev.type } RETURN count(ev) AS n`,
  );
  const lonelyDiscovered = await cypher(db, 'MATCH (e:Entity {discovered: true}) WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } RETURN count(e) AS n');
  expect({ unsupported, countsOff, orphanEvidence, evidenceWithoutRelation, lonelyDiscovered }).toEqual({
    unsupported: [{ n: 0 }],
    countsOff: [{ n: 0 }],
    orphanEvidence: [{ n: 0 }],
    evidenceWithoutRelation: [{ n: 0 }],
    lonelyDiscovered: [{ n: 0 }],
  });
}

describe('reseed', () => {
  let db: Db;
  let folder: string;
  const run = (options: { dryRun?: boolean; full?: boolean } = {}) =>
    reseed({ db, articlesDir: folder, catalogDir: 'seed/catalog', maxArticleBytes: 5_000_000, batchSize: 3 }, { prune: true, ...options });

  beforeAll(async () => {
    db = await connectTestDb();
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    await clearGraph(db);
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-reseed-'));
    cpSync('seed/articles', folder, { recursive: true });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('ingests the seed, reports the title-only files, and changes nothing when run again', async () => {
    const first = await run();
    expect(first.articles.new).toEqual(['article:decentralized-ai-governance', 'article:layer-2-scaling']);
    expect(first.articles.failed.map((f) => f.path)).toEqual(['bitcoin-etf-diversification.txt', 'the-crypto-rich-mindset.txt']);
    expect(first.articles.failed[0]?.reason).toMatch(/title only/);
    expect(first.relationsAdded).toBeGreaterThan(20);
    const before = await snapshot(db);

    const second = await run();
    expect(second.articles).toMatchObject({ new: [], changed: [], removed: [], unchanged: first.articles.new });
    expect(second).toMatchObject({ entitiesAdded: 0, entitiesRemoved: 0, relationsAdded: 0, relationsRemoved: 0, evidenceAdded: 0, evidenceRemoved: 0 });
    expect(await snapshot(db)).toEqual(before);
    await expectConsistent(db);
  });

  it('re-extracts a changed article, removes a deleted one, and keeps an unreadable one as it was', async () => {
    await run();
    appendFileSync(path.join(folder, 'layer-2-scaling.txt'), '\nNebulaSwap 7 leverages zk-Rollups to settle trades.\n');
    unlinkSync(path.join(folder, 'decentralized-ai-governance.txt'));
    const report = await run();
    expect(report.articles).toMatchObject({ new: [], changed: ['article:layer-2-scaling'], removed: ['article:decentralized-ai-governance'] });
    expect(report.relationsAdded).toBeGreaterThanOrEqual(1);
    expect(report.relationsRemoved).toBeGreaterThan(5);
    const added = await cypher(db, "MATCH (s:Entity)-[:USES]->(o:Entity) WHERE s.name STARTS WITH 'NebulaSwap' RETURN s.discovered AS d, o.id AS o");
    expect(added).toEqual([{ d: true, o: 'technique:zk-rollups' }]);
    expect(await cypher(db, "MATCH (a:Article {id: 'article:decentralized-ai-governance'}) RETURN a")).toEqual([]);
    expect(await cypher(db, "MATCH (ev:Evidence {articleId: 'article:decentralized-ai-governance'}) RETURN count(ev) AS n")).toEqual([{ n: 0 }]);

    const kept = await snapshot(db);
    writeFileSync(path.join(folder, 'layer-2-scaling.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]));
    const broken = await run();
    expect(broken.articles.failed.map((f) => f.path)).toContain('layer-2-scaling.txt');
    expect(broken.articles.removed).toEqual([]);
    expect(await snapshot(db)).toEqual(kept);
    await expectConsistent(db);
  });

  it('reports in a dry run exactly what the real run then does, writing nothing', async () => {
    const empty = await snapshot(db);
    const dry = await run({ dryRun: true });
    expect(await snapshot(db)).toEqual(empty);
    const real = await run();
    const counts = (r: typeof real) => ({ ...r, durationMs: 0, dryRun: false });
    expect(counts(dry)).toEqual(counts(real));
  });

  it('refuses to run while another ingest holds the lock', async () => {
    const lock = await acquireIngestLock(db);
    await expect(run()).rejects.toThrow(IngestRunningError);
    expect(await cypher(db, 'MATCH (a:Article) RETURN count(a) AS n')).toEqual([{ n: 0 }]);
    await lock.release();
    await expect(run()).resolves.toMatchObject({ articles: { new: expect.any(Array) } });
  });

  it('writes the catalog entries some article mentions, and no other', async () => {
    await run();
    const catalogOnly = await cypher(db, 'MATCH (e:Entity {discovered: false}) WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(e) } RETURN e.id AS id');
    expect(catalogOnly).toEqual([]);
    // An entry of the catalog the seed never names (checked against its text) is not in the graph.
    expect(await cypher(db, "MATCH (e:Entity) WHERE e.name IN ['Fedimint', 'Krum'] RETURN e.id AS id")).toEqual([]);
    expect(await cypher(db, "MATCH (e:Entity {id: 'technique:fraud-proofs'}) RETURN e.discovered AS d")).toEqual([{ d: false }]);
  });

  it('re-extracts everything when the catalog changes', async () => {
    const catalog = mkdtempSync(path.join(os.tmpdir(), 'kg-catalog-'));
    cpSync('seed/catalog', catalog, { recursive: true });
    const withCatalog = () => reseed({ db, articlesDir: folder, catalogDir: catalog, maxArticleBytes: 5_000_000 });
    try {
      await withCatalog();
      appendFileSync(path.join(catalog, 'entities', 'techniques.yaml'), '\n');
      const report = await withCatalog();
      expect(report.articles.changed).toHaveLength(2);
    } finally {
      rmSync(catalog, { recursive: true, force: true });
    }
  });
});

describe('ingest CLI killed mid-run', () => {
  let db: Db;
  let folder: string;

  beforeAll(async () => {
    db = await connectTestDb();
    const build = spawnSync(path.resolve('node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`tsc failed:\n${build.stdout}${build.stderr}`);
    folder = mkdtempSync(path.join(os.tmpdir(), 'kg-kill-'));
    writeSyntheticCorpus(folder, 400);
  }, 120_000);
  afterAll(async () => {
    await db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const cli = (args: string[]) =>
    spawn(process.execPath, ['dist/ingest/cli.js', folder, ...args], {
      env: { ...process.env, NEO4J_URI: testNeo4jUri(), INGEST_BATCH_SIZE: '40', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  it('leaves whole batches only, and the next run completes to the same graph as a clean run', async () => {
    await clearGraph(db);
    const child = cli([]);
    let stderr = '';
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/write: (4|8)0\/400/.test(stderr)) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', () => reject(new Error(`the CLI exited before it could be killed:\n${stderr}`)));
    });
    await new Promise((r) => child.once('exit', r));
    const [{ n: written } = { n: -1 }] = await cypher(db, 'MATCH (a:Article) RETURN count(a) AS n');
    expect(Number(written) % 40).toBe(0);
    expect(Number(written)).toBeGreaterThan(0);
    expect(Number(written)).toBeLessThan(400);
    await expectConsistent(db);

    const resumed = await collect(cli([]));
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`articles:\\s+${400 - Number(written)} new, 0 changed, ${written} unchanged`));
    const afterResume = await snapshot(db);

    await clearGraph(db);
    const clean = await collect(cli([]));
    expect(clean.code).toBe(0);
    expect(await snapshot(db)).toEqual(afterResume);
  }, 300_000);

  it('prints the report as JSON and fails with --strict when a file is broken', async () => {
    writeFileSync(path.join(folder, 'zz-empty.md'), '');
    try {
      const result = await collect(cli(['--json', '--strict', '--dry-run']));
      expect(result.code).toBe(1);
      const report = JSON.parse(result.stdout) as { dryRun: boolean; articles: { failed: { path: string; reason: string }[] } };
      expect(report.dryRun).toBe(true);
      expect(report.articles.failed).toEqual([{ path: 'zz-empty.md', reason: expect.stringMatching(/zz-empty\.md: .*empty/) }]);
    } finally {
      unlinkSync(path.join(folder, 'zz-empty.md'));
    }
  }, 120_000);
});

async function collect(child: ReturnType<typeof spawn>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, stdout, stderr };
}
