import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { createContext, type Context, type ContextDeps } from './context';
import type { Db } from './db/driver';
import type { Logger } from './logger';

export interface AppDeps extends ContextDeps {
  apollo: ApolloServer<Context>;
  db: Db;
  corsOrigins: string[];
  /** Extra routes mounted before /graphql (the IDE page and its assets). */
  routes?: (app: Express) => void;
}

/**
 * The HTTP app: /healthz (process up), /readyz (database answers a query), /graphql. Every response
 * carries helmet's headers; every error, ours or Express's, is a coded JSON body. Call after `apollo.start()`.
 */
export function createApp({ apollo, db, corsOrigins, routes, ...contextDeps }: AppDeps): Express {
  const { logger, repos, config } = contextDeps;
  const app = express();
  // Express reads NODE_ENV itself otherwise; the configuration decides, like everywhere else.
  app.set('env', config.production ? 'production' : 'development');
  app.disable('x-powered-by');
  // No ETag: it hashes every response body, and GraphQL POST responses are not revalidated anyway.
  app.set('etag', false);
  app.use(securityHeaders());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      // A statement, not only a connection: a database with a full disk still accepts connections.
      await db.ping();
      await repos.system.graphVersion();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'the graph database does not answer queries' });
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
  app.use(notFound);
  app.use(jsonErrors(logger));
  return app;
}

/** Several route groups (the IDE, the explore page) as one `routes` option, mounted in order. */
export function withRoutes(...groups: ((app: Express) => void)[]): (app: Express) => void {
  return (app) => {
    for (const mount of groups) mount(app);
  };
}

/**
 * Helmet's defaults minus the two that belong to the TLS proxy in front (HSTS, upgrade-insecure-requests).
 * API answers get a policy that allows nothing; the IDE page sets its own, narrower than helmet's default.
 */
function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
}

/** A JSON error body in the shape GraphQL clients read. */
const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

const notFound: RequestHandler = (_req, res) => {
  res.status(404).json(errorBody('Not found.', 'NOT_FOUND'));
};

/** Client errors body-parser raises before GraphQL, by status; any other 4xx is a BAD_REQUEST. */
const HTTP_ERRORS: Record<number, { code: string; message: string }> = {
  400: { code: ApolloServerErrorCode.BAD_REQUEST, message: 'The request body is not valid JSON.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than 1 MB.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request body must be JSON in UTF-8.' },
};

/**
 * Replaces Express's default handler, which answers HTML with a stack trace (outside production) and
 * writes multi-line stacks with the request body to stderr. Logs one line, never the body.
 */
function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const known = HTTP_ERRORS[status] ?? { code: ApolloServerErrorCode.BAD_REQUEST, message: 'The request could not be read.' };
      logger.debug({ status, type }, 'request refused before GraphQL');
      res.status(status).json(errorBody(known.message, known.code));
      return;
    }
    const { name, message } = error instanceof Error ? error : { name: typeof error, message: String(error) };
    logger.error({ err: { type: name, message: message.slice(0, 200) } }, 'unexpected error in the HTTP layer');
    res.status(500).json(errorBody('Unexpected error.', ApolloServerErrorCode.INTERNAL_SERVER_ERROR));
  };
}
