import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, withRoutes } from '../../src/app';
import { watchGraphVersion } from '../../src/cache/graph-version';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/driver';
import { createRepositories, type Repositories } from '../../src/db/repositories';
import type { Reseed } from '../../src/domain/reseed';
import { createExploreRoutes } from '../../src/explore/explore.routes';
import { createIdeRoutes } from '../../src/ide/ide.routes';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { connectTestDb } from './neo4j';

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[] };
}

export interface TestApi {
  url: string;
  db: Db;
  repos: Repositories;
  /** POSTs a GraphQL operation; returns the HTTP status and the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Database round trips (reads and writes) made through `db` since the last reset. */
  roundTrips(): number;
  resetRoundTrips(): void;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Configuration variables (LOG_LEVEL is silent unless given). */
  env?: Record<string, string>;
  /** Use this Db instead of a connection to the test Neo4j (closed by `close()` too). */
  db?: Db;
  reseed?: Reseed;
}

/** Counts every call that reaches the database. */
function countingDb(db: Db): { db: Db; count: () => number; reset: () => void } {
  let calls = 0;
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      calls += 1;
      return fn(...args);
    };
  return {
    db: { ...db, read: counted(db.read), write: counted(db.write), writeTransaction: counted(db.writeTransaction), autoCommit: counted(db.autoCommit) },
    count: () => calls,
    reset: () => {
      calls = 0;
    },
  };
}

/** The real HTTP app (API and IDE) on a free port over the test Neo4j. */
export async function startTestApi({ env = {}, db: given, reseed }: TestApiOptions = {}): Promise<TestApi> {
  // The response cache is off unless a test turns it on: tests rewrite the graph behind the API's back.
  const config = loadConfig({ LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent', RESPONSE_CACHE_TTL_SECONDS: '0', ...env });
  const raw = given ?? (await connectTestDb(config.api.queryTimeoutMs));
  const counter = countingDb(raw);
  const logger = createLogger(config.logLevel);
  const repos = createRepositories(counter.db);
  const graphVersion = watchGraphVersion(() => createRepositories(raw).system.graphVersion(), config.api.graphVersionPollMs, logger);
  const apollo = createServer({ config: config.api, logger, graphVersion });
  await apollo.start();
  const app = createApp({
    apollo,
    db: raw,
    repos,
    config: config.api,
    logger,
    corsOrigins: config.http.corsOrigins,
    reseed,
    routes: withRoutes(createIdeRoutes(), createExploreRoutes()),
  });
  const http: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    db: raw,
    repos,
    query: async (query, variables, headers = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    roundTrips: counter.count,
    resetRoundTrips: counter.reset,
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
      await raw.close();
    },
  };
}
