import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express, { type Express } from 'express';
import { createContext, type Context, type ContextDeps } from './context';
import type { Db } from './db/driver';

export interface AppDeps extends ContextDeps {
  apollo: ApolloServer<Context>;
  db: Db;
  corsOrigins: string[];
  /** Extra routes mounted before /graphql (the IDE page and its assets). */
  routes?: (app: Express) => void;
}

/** The HTTP app: /healthz (process up), /readyz (database reachable), /graphql. Call after `apollo.start()`. */
export function createApp({ apollo, db, corsOrigins, routes, ...contextDeps }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: it hashes every response body, and GraphQL POST responses are not revalidated anyway.
  app.set('etag', false);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'the graph database does not answer' });
    }
  });
  routes?.(app);
  app.use(
    '/graphql',
    cors({ origin: corsOrigins.includes('*') ? true : corsOrigins }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(contextDeps, req.headers.authorization),
    }),
  );
  return app;
}
