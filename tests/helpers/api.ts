import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/driver';
import { createRepositories, type Repositories } from '../../src/db/repositories';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { connectTestDb } from './neo4j';

export interface TestApi {
  url: string;
  db: Db;
  repos: Repositories;
  /** POSTs a GraphQL operation; returns the HTTP status and the parsed body. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } }>;
  close(): Promise<void>;
}

/** The real HTTP app on a free port over the test Neo4j. `env` overrides configuration. */
export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const db = await connectTestDb(config.api.queryTimeoutMs);
  const logger = createLogger(config.logLevel);
  const repos = createRepositories(db);
  const apollo = createServer({ config: config.api, logger });
  await apollo.start();
  const app = createApp({ apollo, db, repos, config: config.api, logger, corsOrigins: config.http.corsOrigins });
  const http: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return {
    url,
    db,
    repos,
    query: async (query, variables, headers = {}) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await apollo.stop();
      await db.close();
    },
  };
}
