import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus';
import type { Db } from '../../src/db/driver';
import type { Reseed } from '../../src/domain/reseed';
import { IngestRunningError } from '../../src/errors';
import { acquireIngestLock } from '../../src/ingest/lock';
import { IngestFolderError, reseed, type IngestOptions } from '../../src/ingest/reseed';
import { startTestApi } from '../helpers/api';
import { clearGraph, connectTestDb, cypher } from '../helpers/neo4j';

// Issue 9's operator faults: each test failed before the fix it names.

const tempDir = (name: string) => mkdtempSync(path.join(os.tmpdir(), `kg-fault-${name}-`));
const articleIds = async (db: Db) => (await cypher(db, 'MATCH (a:Article) RETURN a.id AS id ORDER BY id')).map((r) => String(r.id));

describe('ingest faults', () => {
  let db: Db;
  const folders: string[] = [];
  const folder = (name: string) => {
    const dir = tempDir(name);
    folders.push(dir);
    return dir;
  };
  const run = (articlesDir: string, options: IngestOptions = {}, batchSize = 200) => reseed({ db, articlesDir, catalogDir: 'seed/catalog', maxArticleBytes: 5_000_000, batchSize }, options);

  beforeAll(async () => {
    db = await connectTestDb(60_000);
  });
  afterAll(async () => {
    await db.close();
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => clearGraph(db));

  describe('finding 3: an ingest changes only its own folder', () => {
    it('keeps the articles of another folder when the configured folder is ingested (as npm start does)', async () => {
      const seed = folder('seed');
      cpSync('seed/articles', seed, { recursive: true });
      const other = folder('other');
      writeSyntheticCorpus(other, 12);
      const fromOther = await run(other); // npm run ingest -- other/folder
      expect(fromOther.articles.new).toHaveLength(12);
      const atStart = await run(seed, { prune: true }); // npm start
      expect(atStart.articles.removed).toEqual([]);
      expect(await articleIds(db)).toHaveLength(14);
    });

    it("removes a deleted file of another folder only with --prune, and never the configured folder's articles", async () => {
      const seed = folder('seed');
      cpSync('seed/articles', seed, { recursive: true });
      const other = folder('other');
      writeSyntheticCorpus(other, 6);
      await run(seed, { prune: true });
      await run(other);
      const [first] = readdirSync(other).sort();
      unlinkSync(path.join(other, first as string));
      expect((await run(other)).articles.removed).toEqual([]);
      const pruned = await run(other, { prune: true });
      expect(pruned.articles.removed).toHaveLength(1);
      expect(await articleIds(db)).toEqual(expect.arrayContaining(['article:decentralized-ai-governance', 'article:layer-2-scaling']));
      expect(await articleIds(db)).toHaveLength(7);
    });

    it('never prunes from an empty folder, and refuses a missing one without touching the graph', async () => {
      const seed = folder('seed');
      cpSync('seed/articles', seed, { recursive: true });
      await run(seed, { prune: true });
      const before = await articleIds(db);
      for (const f of readdirSync(seed)) unlinkSync(path.join(seed, f));
      const empty = await run(seed, { prune: true, pruneUnowned: true });
      expect(empty.articles.removed).toEqual([]);
      expect(empty.issues).toEqual([expect.objectContaining({ message: expect.stringMatching(/no article files; nothing removed/) })]);
      await expect(run(path.join(seed, 'missing'), { prune: true })).rejects.toThrow(IngestFolderError);
      expect(await articleIds(db)).toEqual(before);
    });

    it("refuses an article whose id another folder already holds, and keeps that folder's article", async () => {
      const a = folder('a');
      const b = folder('b');
      writeFileSync(path.join(a, 'intro.md'), 'Intro\n\nArbitrum uses optimistic rollups.\n');
      writeFileSync(path.join(b, 'intro.md'), 'Intro\n\nStarkNet uses validity proofs.\n');
      await run(a, { prune: true });
      const report = await run(b, { prune: true });
      expect(report.articles.failed).toEqual([{ path: 'intro.md', reason: expect.stringMatching(/\[ID_TAKEN\] article:intro is an article of /) }]);
      expect(await cypher(db, 'MATCH (a:Article) RETURN a.id AS id, a.folder AS folder')).toEqual([{ id: 'article:intro', folder: expect.stringContaining('kg-fault-a-') }]);
    });
  });

  describe('finding 6: ids never collide', () => {
    it('ingests colliding and non-Latin file names as distinct articles, and a second run changes nothing', async () => {
      const dir = folder('names');
      const names = ['a b.md', 'a-b.md', 'A_B.txt', '日本語.md', 'Привет мир.txt', 'x.md', 'x.txt'];
      for (const [i, name] of names.entries()) writeFileSync(path.join(dir, name), `Note ${i}\n\nArbitrum uses optimistic rollups, says note ${i}.\n`);
      const first = await run(dir, { prune: true });
      expect(first.articles.new).toHaveLength(names.length);
      const ids = await articleIds(db);
      expect(new Set(ids).size).toBe(names.length);
      expect(ids).not.toContain('article:');
      expect(ids).toContain('article:日本語');
      const second = await run(dir, { prune: true });
      expect(second.articles).toMatchObject({ new: [], changed: [], removed: [] });
      expect(second.articles.unchanged).toHaveLength(names.length);
    });
  });

  describe('finding 2: removal in bounded batches', () => {
    it('removes 2,000 articles within the transaction memory limit', async () => {
      const dir = folder('mass');
      writeSyntheticCorpus(dir, 2001);
      const loaded = await run(dir, { prune: true });
      expect(loaded.articles.new).toHaveLength(2001);
      const files = readdirSync(dir).sort();
      for (const f of files.slice(1)) unlinkSync(path.join(dir, f));
      // Every write transaction is counted: 2,000 removals in batches of 200 take at least 10.
      let transactions = 0;
      const counting: Db = {
        ...db,
        writeTransaction: (work, options) => {
          transactions++;
          return db.writeTransaction(work, options);
        },
      };
      const removal = await reseed({ db: counting, articlesDir: dir, catalogDir: 'seed/catalog', maxArticleBytes: 5_000_000, batchSize: 200 }, { prune: true });
      expect(removal.articles.removed).toHaveLength(2000);
      expect(transactions).toBeGreaterThanOrEqual(10);
      expect(await articleIds(db)).toHaveLength(1);
      const leftovers = await cypher(db, 'MATCH (ev:Evidence) WHERE NOT EXISTS { (:Article)-[:HAS_EVIDENCE]->(ev) } RETURN count(ev) AS n');
      expect(leftovers).toEqual([{ n: 0 }]);
    }, 600_000);
  });

  describe('findings 4 and 8: ingest locking', () => {
    it('refuses a second ingest at once, before reading or analysing anything', async () => {
      const dir = folder('busy');
      writeSyntheticCorpus(dir, 60);
      const lock = await acquireIngestLock(db);
      const progress: string[] = [];
      try {
        const started = Date.now();
        const attempt = reseed({ db, articlesDir: dir, catalogDir: 'seed/catalog', maxArticleBytes: 5_000_000, onProgress: (p) => progress.push(p.phase) });
        await expect(attempt).rejects.toThrow(IngestRunningError);
        expect(progress).toEqual([]);
        expect(Date.now() - started).toBeLessThan(2000);
      } finally {
        await lock.release();
      }
    });

    it('runs a dry run beside a writer that holds write locks on its articles', async () => {
      const dir = folder('dry');
      cpSync('seed/articles', dir, { recursive: true });
      await run(dir, { prune: true });
      writeFileSync(path.join(dir, 'layer-2-scaling.txt'), 'Layer 2\n\nArbitrum uses optimistic rollups.\n');
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked = () => {};
      const isLocked = new Promise<void>((resolve) => (locked = resolve));
      // Another transaction holds write locks on the article and every entity until released.
      const writer = db.writeTransaction(
        async (tx) => {
          await tx.run('MATCH (n) WHERE n:Article OR n:Entity OR n:IngestLock SET n.probe = 1');
          locked();
          await held;
        },
        { rollback: true },
      );
      await isLocked;
      try {
        let timer: NodeJS.Timeout | undefined;
        const dry = await Promise.race([
          run(dir, { dryRun: true, prune: true }),
          new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('the dry run waited for write locks')), 15_000))),
        ]).finally(() => clearTimeout(timer));
        expect(dry.articles.changed).toEqual(['article:layer-2-scaling']);
      } finally {
        release();
        await writer;
      }
    }, 30_000);

    it('lets a real ingest finish while dry runs run beside it', async () => {
      const dir = folder('concurrent');
      writeSyntheticCorpus(dir, 300);
      const real = run(dir, { prune: true }, 50);
      const dryRuns = (async () => {
        const reports = [];
        for (let i = 0; i < 3; i++) reports.push(await run(dir, { dryRun: true, prune: true }));
        return reports;
      })();
      const [report, dries] = await Promise.all([real, dryRuns]);
      expect(report.articles.new).toHaveLength(300);
      expect(dries.every((d) => d.dryRun)).toBe(true);
    }, 300_000);

    it('answers a reseed during another ingest with INGEST_RUNNING (409), not INTERNAL_SERVER_ERROR', async () => {
      const dir = folder('mutation');
      cpSync('seed/articles', dir, { recursive: true });
      const mutation: Reseed = (options) => run(dir, { ...options, prune: true });
      const api = await startTestApi({ env: { ADMIN_TOKEN: 'correct-horse-battery' }, reseed: mutation });
      const lock = await acquireIngestLock(db);
      try {
        const { body } = await api.query('mutation { reseed { dryRun } }', {}, { authorization: 'Bearer correct-horse-battery' });
        expect(body.errors?.[0]).toMatchObject({
          message: expect.stringMatching(/another ingest is running/),
          extensions: { code: 'INGEST_RUNNING', httpStatus: 409, retryable: true },
        });
      } finally {
        await lock.release();
        await api.close();
      }
    });
  });

  describe('finding 7: only regular files inside the folder', () => {
    it('does not follow a symlink out of the folder and skips a FIFO without hanging', async () => {
      const dir = folder('files');
      const outside = folder('outside');
      writeFileSync(path.join(outside, 'secret.md'), 'Secret\n\nStarkNet uses validity proofs in secret.\n');
      writeFileSync(path.join(dir, 'good.md'), 'Good\n\nArbitrum uses optimistic rollups.\n');
      symlinkSync(path.join(outside, 'secret.md'), path.join(dir, 'leak.md'));
      symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
      mkdirSync(path.join(dir, 'sub'));
      execFileSync('mkfifo', [path.join(dir, 'sub', 'x.md')]);
      const report = await run(dir, { prune: true });
      expect(report.articles.new).toEqual(['article:good']);
      expect(report.articles.failed.map((f) => f.reason)).toEqual([
        expect.stringMatching(/^leak\.md: \[OUTSIDE_FOLDER\]/),
        expect.stringMatching(/^sub\/x\.md: \[SPECIAL_FILE\] not a regular file \(a FIFO\)/),
        expect.stringMatching(/^zero\.txt: \[OUTSIDE_FOLDER\]/),
      ]);
      expect(await cypher(db, "MATCH (ev:Evidence) WHERE ev.sentence CONTAINS 'secret' RETURN count(ev) AS n")).toEqual([{ n: 0 }]);
    });
  });
});
