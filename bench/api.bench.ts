import 'reflect-metadata';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { toPlain } from '../src/db/records';
import { reseed } from '../src/ingest/reseed';
import { benchDatabase, clearAll } from './neo4j';
import { OPERATIONS, type Operation, type Rows } from './operations';
import { writeSyntheticCorpus } from './synthetic-corpus';

// npm run bench:api [-- <synthetic articles, default 10000> <seconds per cell, default 5>]
// With NEO4J_URI and BENCH_REUSE=1, a graph already holding more articles than asked is used as it is.
// Loads the seed plus a synthetic corpus through the real ingest, then measures four operations over
// HTTP (autocannon) and the same answers by raw Cypher through neo4j-driver (the floor), at 1, 16
// and 64 connections. Every response is checked: GraphQL bodies must equal a verified answer.
// The API runs in worker threads (bench/api-server.ts), once with the response cache off and once on
// (the default configuration); the load generators run in the main thread.

const ARTICLES = Number(process.argv[2] ?? 10_000);
const SECONDS = Number(process.argv[3] ?? 5);
const CONNECTIONS = [1, 16, 64];

async function rawQuery(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<Rows> {
  const session = driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    // Auto-commit, as the API reads: one round trip per statement.
    const result = await session.run(cypher, params);
    return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
  } finally {
    await session.close();
  }
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
}

/** The floor: `connections` workers running the raw query back to back for `seconds`. */
async function measureRaw(driver: Driver, op: Operation, expected: string[], connections: number): Promise<Figures> {
  const latencies: number[] = [];
  let bad = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const rows = await rawQuery(driver, op.cypher, op.params);
        latencies.push(performance.now() - t0);
        if (JSON.stringify(op.rawKeysOf(rows)) !== JSON.stringify(expected)) bad += 1;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), bad };
}

async function measureGraphql(url: string, body: string, expectBody: string, connections: number): Promise<Figures> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: SECONDS,
    expectBody,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.mismatches + result.non2xx + result.errors + result.timeouts,
  };
}

async function main(): Promise<void> {
  const database = await benchDatabase();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-api-'));
  const workers: Worker[] = [];
  const driver = neo4j.driver(database.uri, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined, { maxConnectionPoolSize: 100 });
  try {
    const [existing] = await database.db.autoCommit('MATCH (a:Article) RETURN count(a) AS articles');
    if (process.env.BENCH_REUSE === '1' && Number(existing?.articles ?? 0) > ARTICLES) {
      process.stdout.write(`reusing the graph at NEO4J_URI (${String(existing?.articles)} articles)\n`);
    } else {
      await clearAll(database.db);
      cpSync(path.resolve('seed/articles'), folder, { recursive: true });
      writeSyntheticCorpus(folder, ARTICLES);
      const t0 = performance.now();
      const report = await reseed({ db: database.db, articlesDir: folder, catalogDir: path.resolve('seed/catalog'), maxArticleBytes: 5_000_000 });
      const [counts] = await database.db.autoCommit('MATCH (e:Entity) WITH count(e) AS entities MATCH (:Entity)-[r]->(:Entity) RETURN entities, count(r) AS relations');
      process.stdout.write(
        `loaded ${report.articles.new.length} articles (seed + ${ARTICLES} synthetic): ${String(counts?.entities)} entities, ${String(counts?.relations)} relations in ${Math.round(performance.now() - t0)} ms\n`,
      );
    }

    // Two APIs: the response cache off (every request reaches Neo4j) and on (the default configuration).
    const startApi = async (cacheTtlSeconds: number): Promise<string> => {
      const worker = new Worker(path.join(__dirname, 'api-server.js'), {
        workerData: { uri: database.uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE ?? 'neo4j', cacheTtlSeconds },
      });
      workers.push(worker);
      return new Promise<string>((resolve, reject) => {
        worker.once('message', (m: { url: string }) => resolve(m.url)).once('error', reject);
      });
    };
    const uncachedUrl = await startApi(0);
    const cachedUrl = await startApi(60);

    const table: Record<string, string | number>[] = [];
    let failures = 0;
    for (const op of OPERATIONS) {
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      const response = await fetch(`${uncachedUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
      const rawRows = await rawQuery(driver, op.cypher, op.params);
      const expected = op.rawKeysOf(rawRows);
      const got = parsed.data ? op.keysOf(parsed.data) : [];
      if (parsed.errors || JSON.stringify(got) !== JSON.stringify(expected) || expected.length === 0) {
        failures += 1;
        process.stdout.write(`WRONG ANSWER for ${op.name}:\n  graphql ${JSON.stringify(parsed.errors ?? got)}\n  raw     ${JSON.stringify(expected)}\n`);
        continue;
      }
      for (const connections of CONNECTIONS) {
        const gql = await measureGraphql(uncachedUrl, body, text, connections);
        const cached = await measureGraphql(cachedUrl, body, text, connections);
        const raw = await measureRaw(driver, op, expected, connections);
        failures += gql.bad + cached.bad + raw.bad;
        table.push({
          operation: op.name,
          conns: connections,
          'gql req/s': Math.round(gql.rps),
          'gql p50': gql.p50,
          'gql p99': gql.p99,
          'cached req/s': Math.round(cached.rps),
          'cached p50': cached.p50,
          'cached p99': cached.p99,
          'raw req/s': Math.round(raw.rps),
          'raw p50': Number(raw.p50.toFixed(2)),
          'raw p99': Number(raw.p99.toFixed(2)),
          'gql/raw p50': Number((gql.p50 / Math.max(raw.p50, 0.01)).toFixed(2)),
          'cached/raw p50': Number((cached.p50 / Math.max(raw.p50, 0.01)).toFixed(2)),
          bad: gql.bad + cached.bad + raw.bad,
        });
        process.stdout.write(`${op.name} @${connections}: ${JSON.stringify(table[table.length - 1])}\n`);
      }
    }
    console.table(table);
    const sixteen = table.filter((r) => r.conns === 16);
    const worst = (rows: typeof table, column: string) => Math.max(...rows.map((r) => Number(r[column])));
    process.stdout.write(
      'latencies in ms. targets: GraphQL/raw p50 ratio <= 1.5; p99 <= 25 ms at 16 connections\n' +
        `  cache off: worst ratio ${worst(table, 'gql/raw p50')}, worst p99 at 16 connections ${worst(sixteen, 'gql p99')} ms\n` +
        `  cache on:  worst ratio ${worst(table, 'cached/raw p50')}, worst p99 at 16 connections ${worst(sixteen, 'cached p99')} ms\n`,
    );
    if (failures > 0) {
      process.stdout.write(`${failures} wrong or failed responses\n`);
      process.exitCode = 1;
    }
  } finally {
    for (const worker of workers) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage('stop');
      await exited;
    }
    await driver.close();
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
