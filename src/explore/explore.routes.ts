import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Express, Request, Response } from 'express';
import { renderExplorePage } from './explore.page';

/** The page's own script and style (public/explore), found from src/explore and dist/explore alike. */
export const EXPLORE_PUBLIC_DIR = path.resolve(__dirname, '..', '..', 'public', 'explore');

/** The page's own scripts, in load order (each adds to `window.Explore`; explore.js wires the page). */
export const EXPLORE_SCRIPTS = ['explore-state.js', 'explore-data.js', 'explore-drawing.js', 'explore.js'] as const;

/** Every file the page loads: ours, or a package's from node_modules; never a CDN. A Map, so `__proto__` finds nothing. */
const ASSETS = new Map<string, { file: () => string; type: string }>([
  ['cytoscape.js', { file: () => require.resolve('cytoscape/dist/cytoscape.min.js'), type: 'text/javascript' }],
  ...EXPLORE_SCRIPTS.map((name) => [name, { file: () => path.join(EXPLORE_PUBLIC_DIR, name), type: 'text/javascript' }] as const),
  ['explore.css', { file: () => path.join(EXPLORE_PUBLIC_DIR, 'explore.css'), type: 'text/css' }],
]);

/** Same-origin only, as the IDE: scripts and styles from this server, data only from /graphql. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
  "script-src-attr 'none'",
].join('; ');

/**
 * The explore page at GET /explore (an entity's neighbourhood drawn with Cytoscape.js, a plain client of
 * /graphql) and its assets under /explore/assets/. Mount through createApp's `routes`.
 */
export function createExploreRoutes() {
  const page = renderExplorePage(EXPLORE_SCRIPTS);
  const cache = new Map<string, Buffer>();
  return (app: Express): void => {
    app.get('/explore', (_req: Request, res: Response) => {
      res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY).type('html').send(page);
    });
    app.get('/explore/assets/:name', (req: Request, res: Response) => {
      const name = String(req.params.name);
      const asset = ASSETS.get(name);
      if (!asset) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const ours = name.startsWith('explore.');
      let content = ours ? undefined : cache.get(name);
      if (!content) {
        content = readFileSync(asset.file());
        if (!ours) cache.set(name, content);
      }
      res
        .type(asset.type)
        .set('Cache-Control', ours ? 'no-cache' : 'public, max-age=86400')
        .send(content);
    });
  };
}
