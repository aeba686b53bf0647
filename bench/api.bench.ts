import 'reflect-metadata';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import http from 'node:http';
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
// BENCH_ROUNDS=3 repeats every cell (medians are printed); BENCH_CONNECTIONS=1,16 chooses the loads;
// BENCH_ONLY=nested,search picks operations by words of their names; BENCH_CLIENT=autocannon measures
// the two APIs with autocannon (whole-millisecond latencies) instead of the keep-alive client below.
// With NEO4J_URI and BENCH_REUSE=1, a graph already holding this corpus (seed + <articles>) is used as it is.
// Loads the seed plus a synthetic corpus through the real ingest, then measures each operation of
// bench/operations.ts over HTTP (autocannon) three ways on the same Neo4j: our API (response cache off,
// so every request reaches Neo4j), the peer (@neo4j/graphql, bench/peer-server.ts) and the same answer
// by raw Cypher through neo4j-driver (the floor). The three cells of a row run one after the other
// (interleaved, their order rotating per round), Neo4j settling between cells. Every answer is checked
// first (same keys three ways) and every response during the run against that answer.
// Both servers run in worker threads; the load generators run in the main thread.

const ARTICLES = Number(process.argv[2] ?? 10_000);
const SECONDS = Number(process.argv[3] ?? 5);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? '1,16').split(',').map(Number);
const DATABASE = process.env.NEO4J_DATABASE ?? 'neo4j';
// BENCH_ONLY=nested,search measures only the operations whose names contain one of these words.
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const CLIENT = process.env.BENCH_CLIENT === 'autocannon' ? 'autocannon' : 'http';

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

/** The floor: `connections` workers running the raw query back to back for SECONDS. */
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
  return figuresOf(latencies, bad);
}

/** Percentiles of latencies in ms, and the rate over SECONDS. */
function figuresOf(latencies: number[], bad: number): Figures {
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rps: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), bad };
}

/** One POST over a keep-alive agent; resolves with the status and the body. */
function postKeepAlive(agent: http.Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * `connections` keep-alive connections posting back to back for SECONDS, each request timed with
 * `performance.now()` (as the raw floor is): sub-millisecond latencies stay comparable.
 */
async function measureHttp(url: string, body: string, expectBody: string, connections: number): Promise<Figures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const latencies: number[] = [];
  let bad = 0;
  const until = performance.now() + SECONDS * 1000;
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < until) {
          const t0 = performance.now();
          const { status, text } = await postKeepAlive(agent, target, body).catch(() => ({ status: 0, text: '' }));
          latencies.push(performance.now() - t0);
          if (status !== 200 || text !== expectBody) bad += 1;
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  return figuresOf(latencies, bad);
}

async function measureGraphql(url: string, body: string, expectBody: string, connections: number): Promise<Figures> {
  if (CLIENT === 'http') return measureHttp(url, body, expectBody, connections);
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

/** Waits until Neo4j runs no other transaction (a previous cell's leftovers), 10 s at most, then 0.5 s more. */
async function settle(driver: Driver): Promise<void> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const [row] = await rawQuery(driver, 'SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW TRANSACTIONS" RETURN count(*) AS running', {});
    if (Number(row?.running ?? 0) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}

async function post(url: string, body: string): Promise<{ text: string; data: Record<string, unknown> | null; errors: unknown }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  return { text, data: parsed.errors ? null : (parsed.data ?? null), errors: parsed.errors ?? null };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};
const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : Math.round(v).toString()) : '—');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? (a / Math.max(b, 0.01)).toFixed(2) : '—');

async function main(): Promise<void> {
  const database = await benchDatabase();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-api-'));
  const workers: Worker[] = [];
  const driver = neo4j.driver(database.uri, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined, { maxConnectionPoolSize: 100 });
  try {
    const [existing] = await database.db.autoCommit('MATCH (a:Article) RETURN count(a) AS articles');
    // Reused only when it holds this corpus (the seed plus ARTICLES), so 1k, 10k and 50k runs never mix.
    const held = Number(existing?.articles ?? 0);
    if (process.env.BENCH_REUSE === '1' && held > ARTICLES && held <= ARTICLES + 100) {
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

    const startWorker = async (file: string, cacheTtlSeconds?: number): Promise<string> => {
      const worker = new Worker(path.join(__dirname, file), {
        workerData: { uri: database.uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: DATABASE, cacheTtlSeconds },
      });
      workers.push(worker);
      return new Promise<string>((resolve, reject) => {
        worker.once('message', (m: { url: string }) => resolve(m.url)).once('error', reject);
      });
    };
    const oursUrl = await startWorker('api-server.js', 0);
    const peerUrl = await startWorker('peer-server.js');

    // Check every answer three ways before measuring anything.
    let failures = 0;
    const checked: { op: Operation; body: string; text: string; expected: string[]; peer: { body: string; text: string } | null }[] = [];
    for (const op of OPERATIONS.filter((o) => ONLY.length === 0 || ONLY.some((word) => o.name.includes(word)))) {
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      const ours = await post(oursUrl, body);
      const expected = op.rawKeysOf(await rawQuery(driver, op.cypher, op.params));
      const got = ours.data ? op.keysOf(ours.data) : [];
      if (!ours.data || JSON.stringify(got) !== JSON.stringify(expected) || expected.length === 0) {
        failures += 1;
        process.stdout.write(`WRONG ANSWER for ${op.name}:\n  ours ${JSON.stringify(ours.errors ?? got)}\n  raw  ${JSON.stringify(expected)}\n`);
        continue;
      }
      let peer: { body: string; text: string } | null = null;
      if (op.peer) {
        const peerBody = JSON.stringify({ query: op.peer.query, variables: op.peer.variables });
        const answer = await post(peerUrl, peerBody);
        const peerKeys = answer.data ? op.peer.keysOf(answer.data) : [];
        if (!answer.data || JSON.stringify(peerKeys) !== JSON.stringify(got)) {
          failures += 1;
          process.stdout.write(`PEER DIFFERS for ${op.name}:\n  peer ${JSON.stringify(answer.errors ?? peerKeys)}\n  ours ${JSON.stringify(got)}\n`);
        } else {
          peer = { body: peerBody, text: answer.text };
        }
      }
      checked.push({ op, body, text: ours.text, expected, peer });
    }

    // Warm each side (plans, JIT) once with the load it is measured under.
    for (const { op, body, text, expected, peer } of checked) {
      await measureGraphql(oursUrl, body, text, 1);
      if (peer) await measureGraphql(peerUrl, peer.body, peer.text, 1);
      await measureRaw(driver, op, expected, 1);
    }

    type Side = 'ours' | 'peer' | 'raw';
    const cells = new Map<string, Figures[]>();
    const record = (key: string, f: Figures) => cells.set(key, [...(cells.get(key) ?? []), f]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const { op, body, text, expected, peer } of checked) {
        for (const connections of CONNECTIONS) {
          const sides: Side[] = ['ours', 'peer', 'raw'];
          const order = [...sides.slice(round % 3), ...sides.slice(0, round % 3)];
          for (const side of order) {
            if (side === 'peer' && !peer) continue;
            await settle(driver);
            const figures =
              side === 'ours'
                ? await measureGraphql(oursUrl, body, text, connections)
                : side === 'peer' && peer
                  ? await measureGraphql(peerUrl, peer.body, peer.text, connections)
                  : await measureRaw(driver, op, expected, connections);
            failures += figures.bad;
            record(`${op.name}|${connections}|${side}`, figures);
            process.stdout.write(
              `round ${round + 1} ${op.name} @${connections} ${side}: ${Math.round(figures.rps)} req/s, p50 ${ms(figures.p50)} ms, p99 ${ms(figures.p99)} ms${figures.bad ? `, ${figures.bad} bad` : ''}\n`,
            );
          }
        }
      }
    }

    const cell = (op: Operation, connections: number, side: Side) => {
      const list = cells.get(`${op.name}|${connections}|${side}`) ?? [];
      return { rps: median(list.map((f) => f.rps)), p50: median(list.map((f) => f.p50)), p99: median(list.map((f) => f.p99)) };
    };
    const show = (f: { rps: number; p50: number }) => (Number.isFinite(f.rps) ? `${Math.round(f.rps)} (${ms(f.p50)} ms)` : '—');
    const lines = [
      `| question | conns | ours req/s (p50) | @neo4j/graphql req/s (p50) | raw Cypher req/s (p50) | ours/peer p50 | ours/raw p50 | ours p99 | peer p99 |`,
      '|---|---|---|---|---|---|---|---|---|',
    ];
    for (const { op } of checked) {
      for (const connections of CONNECTIONS) {
        const [ours, peer, raw] = (['ours', 'peer', 'raw'] as const).map((side) => cell(op, connections, side)) as [ReturnType<typeof cell>, ReturnType<typeof cell>, ReturnType<typeof cell>];
        lines.push(`| ${op.name} | ${connections} | ${show(ours)} | ${show(peer)} | ${show(raw)} | ${ratio(ours.p50, peer.p50)} | ${ratio(ours.p50, raw.p50)} | ${ms(ours.p99)} | ${ms(peer.p99)} |`);
      }
    }
    process.stdout.write(
      `\n${ARTICLES} synthetic articles, ${SECONDS} s per cell, ${ROUNDS} round(s) (medians), response cache off, ${CLIENT === 'http' ? 'keep-alive client timing each request' : 'autocannon'}; latencies in ms\n${lines.join('\n')}\n`,
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
