import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServerPlugin } from '@apollo/server';
import neo4j from 'neo4j-driver';
import { createApp } from '../src/app';
import type { Context } from '../src/context';
import { loadConfig } from '../src/config';
import { createDb, createDriver, type Db } from '../src/db/driver';
import { createRepositories } from '../src/db/repositories';
import { createLogger } from '../src/logger';
import { createServer } from '../src/server';
import { OPERATIONS } from './operations';

// NEO4J_URI=bolt://… node dist-bench/bench/request-split.js [rounds, default 30]
// Where one request's time goes, for each operation of bench/operations.ts (BENCH_ONLY=page,search picks
// some), at one connection, in one process over a graph bench:api loaded: the keep-alive HTTP round trip
// split at Apollo's hooks and around every statement the API runs, then the same statements sent alone
// through the driver, and the raw floor. Turns of 10 requests, each part's median in ms.

const ROUNDS = Number(process.argv[2] ?? 30);
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);

/** Timestamps (performance.now()) of the request in flight; one request at a time. */
interface Marks {
  sent: number;
  started?: number;
  executing?: number;
  executed?: number;
  sending?: number;
  statementsMs: number;
  statements: [string, Record<string, unknown>][];
}
let current: Marks | null = null;

const marking: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    if (current) current.started = performance.now();
    return {
      async executionDidStart() {
        if (current) current.executing = performance.now();
        return {
          async executionDidEnd() {
            if (current) current.executed = performance.now();
          },
        };
      },
      async willSendResponse() {
        if (current) current.sending = performance.now();
      },
    };
  },
};

/** The API's Db, with every read timed and recorded into the request in flight. */
function timedDb(db: Db): Db {
  return {
    ...db,
    read: async (cypher, params, map) => {
      const t0 = performance.now();
      try {
        return await db.read(cypher, params, map);
      } finally {
        if (current) {
          current.statementsMs += performance.now() - t0;
          current.statements.push([cypher, params]);
        }
      }
    },
  };
}

function post(agent: http.Agent, port: number, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('request-split: NEO4J_URI is not set (expected the bolt URI of a graph bench:api loaded)');
  const config = loadConfig({ LOG_LEVEL: 'silent', INGEST_ON_START: 'false', RESPONSE_CACHE_TTL_SECONDS: '0' });
  const logger = createLogger('silent');
  const driver = createDriver({ uri, user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
  const db = timedDb(createDb(driver, { database: process.env.NEO4J_DATABASE ?? 'neo4j', queryTimeoutMs: config.api.queryTimeoutMs }));
  const repos = createRepositories(db);
  const apollo = createServer({ config: config.api, logger, plugins: [marking] });
  await apollo.start();
  const app = createApp({ apollo, db, repos, config: config.api, logger, corsOrigins: [] });
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const alone = async (cypher: string, params: Record<string, unknown>) => {
    const session = driver.session({ database: process.env.NEO4J_DATABASE ?? 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(cypher, params);
    } finally {
      await session.close();
    }
  };
  const columns = ['round trip', 'HTTP in', 'Apollo before execution', 'execution without statements', 'statements in the request', 'HTTP out', 'the statements alone', 'raw floor'];
  process.stdout.write(`| question | statements | ${columns.join(' | ')} |\n|---|---|${columns.map(() => '---|').join('')}\n`);
  try {
    for (const op of OPERATIONS.filter((o) => ONLY.length === 0 || ONLY.some((word) => o.name.includes(word)))) {
      const body = JSON.stringify({ query: op.query, variables: op.variables });
      current = { sent: performance.now(), statementsMs: 0, statements: [] };
      await post(agent, port, body);
      const statements = current.statements;
      current = null;
      for (let i = 0; i < 20; i++) await post(agent, port, body);
      const parts: number[][] = columns.map(() => []);
      for (let round = 0; round < ROUNDS; round++) {
        for (let i = 0; i < 10; i++) {
          const marks: Marks = { sent: performance.now(), statementsMs: 0, statements: [] };
          current = marks;
          await post(agent, port, body);
          const done = performance.now();
          current = null;
          const { sent, started = sent, executing = started, executed = executing, sending = executed, statementsMs } = marks;
          const split = [done - sent, started - sent, executing - started, executed - executing - statementsMs, statementsMs, done - sending];
          for (const [k, v] of split.entries()) parts[k]?.push(v);
        }
        for (let i = 0; i < 10; i++) {
          const t0 = performance.now();
          for (const [cypher, params] of statements) await alone(cypher, params);
          parts[6]?.push(performance.now() - t0);
        }
        for (let i = 0; i < 10; i++) {
          const t0 = performance.now();
          await alone(op.cypher, op.params);
          parts[7]?.push(performance.now() - t0);
        }
      }
      process.stdout.write(`| ${op.name} | ${statements.length} | ${parts.map((p) => median(p).toFixed(2)).join(' | ')} |\n`);
    }
  } finally {
    agent.destroy();
    server.closeAllConnections();
    server.close();
    await apollo.stop();
    await db.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
