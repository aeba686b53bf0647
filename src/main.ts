import 'reflect-metadata';
import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Context } from './context';
import { createApp, withRoutes } from './app';
import { watchGraphVersion } from './cache/graph-version';
import { ConfigError, loadConfig, type Config } from './config';
import { reseed, type ReseedDeps } from './ingest/reseed';
import { connectDatabase, type Database } from './db/connect';
import { LocalNeo4jError } from './db/local/launcher';
import { createRepositories } from './db/repositories';
import { warmQueryPlans } from './db/repositories/warm-up';
import { applySchema } from './db/schema';
import { ServiceUnavailableError } from './errors';
import { createLogger, shouldPrettyPrint, type Logger } from './logger';
import { createExploreRoutes } from './explore/explore.routes';
import { createIdeRoutes } from './ide/ide.routes';
import { createServer } from './server';

/** `npm start`: local Neo4j (unless NEO4J_URI), schema, incremental ingest, then the API on PORT. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'kg', { pretty: shouldPrettyPrint({ format: config.logFormat, isTTY: process.stdout.isTTY === true, production: config.api.production }) });
  const database = await connectDatabase(config, logger);
  let http: Server | undefined;
  let apollo: ApolloServer<Context> | undefined;
  const shutdown = once(async (signal: string) => {
    logger.info({ signal }, 'shutting down: draining requests');
    await closeHttp(http);
    await apollo?.stop();
    logger.info('http closed; closing the database');
    await database.close();
    logger.info('stopped');
  });
  // `on`, not `once`: Ctrl-C reaches npm, sh and this process, and npm forwards it again; a second
  // signal must not kill the process before it has stopped the local Neo4j.
  process.on('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  process.on('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));

  const repos = createRepositories(database.db);
  const graphVersion = watchGraphVersion(() => repos.system.graphVersion(), config.api.graphVersionPollMs, logger);
  apollo = createServer({ config: config.api, logger, graphVersion });
  await apollo.start();
  const app = createApp({
    apollo,
    db: database.db,
    repos,
    config: config.api,
    logger,
    corsOrigins: config.http.corsOrigins,
    routes: withRoutes(createIdeRoutes(), createExploreRoutes()),
    reseed: async (options) => {
      // The mutation ingests the configured folder, whose removed files are removed from the graph.
      const report = await reseed(reseedDeps(database, config, logger), { ...options, prune: true });
      await graphVersion.refresh();
      // New statistics make Neo4j replan; plan the largest statements now rather than in a request.
      const a = report.articles;
      if (!report.dryRun && a.new.length + a.changed.length + a.removed.length > 0) void warmPlans(database, logger);
      return report;
    },
  });
  http = app.listen(config.http.port, config.http.host);
  await new Promise<void>((resolve, reject) => {
    http?.once('listening', resolve).once('error', reject);
  });
  const shown = config.http.host === '0.0.0.0' ? 'localhost' : config.http.host;
  logger.info(`GraphQL API and IDE on http://${shown}:${config.http.port}/graphql`);
  await prepareWhenReachable(database, config, logger);
  await warmPlans(database, logger);
}

async function warmPlans(database: Database, logger: Logger): Promise<void> {
  try {
    logger.info({ ms: await warmQueryPlans(database.db) }, 'query plans warmed');
  } catch (error) {
    logger.warn({ err: error }, 'could not warm the query plans; the first requests will plan them');
  }
}

/**
 * Schema and start-up ingest, retried while the database is unreachable: the API serves (and
 * /readyz says not ready) until Neo4j answers, then carries on by itself.
 */
async function prepareWhenReachable(database: Database, config: Config, logger: Logger): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await prepareDatabase(database, config, logger);
      return;
    } catch (error) {
      if (!(error instanceof ServiceUnavailableError)) {
        logger.error({ err: error }, 'start-up ingest failed; the API keeps serving the graph as it is');
        return;
      }
      const waitMs = Math.min(30_000, 1000 * 2 ** Math.min(attempt, 5));
      logger.warn({ uri: database.uri, attempt, retryInMs: waitMs }, 'Neo4j is unreachable; retrying');
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
}

async function prepareDatabase(database: Database, config: Config, logger: Logger): Promise<void> {
  await applySchema(database.db);
  logger.info('schema applied (constraints and indexes online)');
  if (!config.ingest.onStart) return;
  logger.info({ folder: config.ingest.articlesDir }, 'incremental ingest of the articles folder');
  const report = await reseed(reseedDeps(database, config, logger), { prune: true });
  const a = report.articles;
  logger.info(
    {
      new: a.new.length,
      changed: a.changed.length,
      unchanged: a.unchanged.length,
      removed: a.removed.length,
      failed: a.failed.length,
      relationsAdded: report.relationsAdded,
      relationsRemoved: report.relationsRemoved,
      durationMs: report.durationMs,
    },
    'ingest done',
  );
  for (const f of a.failed) logger.warn({ path: f.path }, f.reason);
}

function reseedDeps(database: Database, config: Config, logger: Logger): ReseedDeps {
  return {
    db: database.db,
    articlesDir: config.ingest.articlesDir,
    catalogDir: config.ingest.catalogDir,
    maxArticleBytes: config.ingest.maxArticleBytes,
    batchSize: config.ingest.batchSize,
    onProgress: ({ phase, done, total }) => logger.debug({ phase, done, total }, 'ingest progress'),
  };
}

/** Stops accepting, lets in-flight requests finish (10 s at most), closes idle keep-alive sockets. */
async function closeHttp(http: Server | undefined): Promise<void> {
  if (!http) return;
  const closed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  const force = setTimeout(() => http.closeAllConnections(), 10_000);
  await closed;
  clearTimeout(force);
}

function once<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  let running: Promise<void> | undefined;
  return (...args) => (running ??= fn(...args));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    process.stderr.write(`\n${error.message}\n`);
  } else {
    process.stderr.write(`\nstart-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
