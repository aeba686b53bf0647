import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Express, Request, Response } from 'express';
import { ideExamples, type IdeExample } from './examples';
import { IDE_CLIENT_SCRIPT } from './ide.client';
import { renderIdePage } from './ide.page';

/** Static files the IDE page loads; every one is served from node_modules or this folder, never a CDN. */
// A Map, not an object literal: `constructor` or `__proto__` must not find Object.prototype's members.
const ASSETS = new Map<string, { package: string; file: string; type: string }>([
  ['react.js', { package: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' }],
  ['react-dom.js', { package: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' }],
  ['graphiql.js', { package: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' }],
  ['graphiql.css', { package: 'graphiql', file: 'graphiql.min.css', type: 'text/css' }],
  // The explorer plugin (click fields to build a query); 3.2.x matches graphiql 3.8's @graphiql/react 0.28.
  ['plugin-explorer.js', { package: '@graphiql/plugin-explorer', file: 'dist/index.umd.js', type: 'text/javascript' }],
  ['plugin-explorer.css', { package: '@graphiql/plugin-explorer', file: 'dist/style.css', type: 'text/css' }],
]);

/** Where a package lives, found through Node's resolution (so hoisting and workspaces work). */
function packageDir(name: string): string {
  return path.dirname(require.resolve(`${name}/package.json`));
}

/** Same-origin only: the page may load nothing from elsewhere, and talk only to this server. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "script-src-attr 'none'",
].join('; ');

export interface IdeOptions {
  /** Folder of the example operations (`*.graphql`). @default tests/e2e/operations */
  examplesDir?: string;
}

/**
 * The GraphQL IDE (GraphiQL) at GET /graphql for browsers (Accept: text/html), its assets under
 * /ide/assets/, preloaded with the example operations. Mount through createApp's `routes`.
 */
export function createIdeRoutes({ examplesDir = path.resolve(__dirname, '..', '..', 'tests', 'e2e', 'operations') }: IdeOptions = {}) {
  const examples: IdeExample[] = ideExamples(examplesDir);
  const page = renderIdePage(examples);
  const cache = new Map<string, Buffer>();
  return (app: Express): void => {
    app.get('/graphql', (req: Request, res: Response, next) => {
      if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
      res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY).type('html').send(page);
    });
    app.get('/ide/assets/:name', (req: Request, res: Response) => {
      const name = String(req.params.name);
      if (name === 'ide.js') {
        res.type('text/javascript').set('Cache-Control', 'no-cache').send(IDE_CLIENT_SCRIPT);
        return;
      }
      const asset = ASSETS.get(name);
      if (!asset) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      let content = cache.get(name);
      if (!content) {
        content = readFileSync(path.join(packageDir(asset.package), asset.file));
        cache.set(name, content);
      }
      res.type(asset.type).set('Cache-Control', 'public, max-age=86400').send(content);
    });
  };
}
