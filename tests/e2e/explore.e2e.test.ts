import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { EXPLORE_SCRIPTS } from '../../src/explore/explore.routes';
import { startTestApi, type TestApi } from '../helpers/api';
import { CHROMIUM, launchBrowser, type TestBrowser } from '../helpers/browser';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';

/** What the page exposes as `window.explore` (the project compiles without the DOM lib, so `unknown` stands in). */
interface ExploreGlobals {
  explore: {
    cy: {
      nodes(selector?: string): { map<T>(f: (n: { id(): string; data(k: string): unknown }) => T): T[] };
      edges(selector?: string): { map<T>(f: (e: { id(): string }) => T): T[] };
      getElementById(id: string): { nonempty(): boolean; renderedPosition(): { x: number; y: number }; renderedMidpoint(): { x: number; y: number } };
    };
    state(): Record<string, unknown>;
    drawGraph(g: { nodes: unknown[]; edges: unknown[] }): Promise<{ layoutMs: number; layout: string }>;
  };
  document: {
    body: { getAttribute(name: string): string | null };
    querySelector(s: string): { getBoundingClientRect(): { left: number; top: number }; textContent: string | null; getAttribute(n: string): string | null } | null;
    querySelectorAll(s: string): { length: number };
  };
  location: { href: string };
}

/** Waits until the page finished loading its current view. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as ExploreGlobals).document.body.getAttribute('data-loading') === 'false', undefined, { timeout: 20_000 });
}

/** The drawn view: node ids and edge ids, sorted. */
function view(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const { cy } = (globalThis as unknown as ExploreGlobals).explore;
    return {
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges()
        .map((e) => e.id())
        .sort(),
    };
  });
}

/** Clicks the canvas where a node (or an edge's midpoint) is drawn. */
async function clickElement(page: Page, id: string, edge = false): Promise<void> {
  const at = await page.evaluate(
    ([elementId, isEdge]) => {
      const w = globalThis as unknown as ExploreGlobals;
      const box = w.document.querySelector('#cy')!.getBoundingClientRect();
      const e = w.explore.cy.getElementById(elementId as string);
      const p = isEdge ? e.renderedMidpoint() : e.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    },
    [id, edge] as const,
  );
  await page.mouse.click(at.x, at.y);
}

/** A synthetic graph of `n` nodes: a random tree plus n/2 extra edges, fixed seed. */
function syntheticGraph(n: number) {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const types = ['Project', 'Network', 'Technique', 'Concept', 'Organization'];
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, name: `Entity ${i}`, type: types[i % types.length], discovered: i % 7 === 0, confidence: 1, center: i === 0 }));
  const edges: { id: string; source: string; target: string; type: string; confidence: number }[] = [];
  for (let i = 1; i < n; i += 1) edges.push({ id: `t${i}`, source: `n${i}`, target: `n${Math.floor(random() * i)}`, type: 'USES', confidence: 0.9 });
  for (let i = 0; i < n / 2; i += 1) edges.push({ id: `x${i}`, source: `n${Math.floor(random() * n)}`, target: `n${Math.floor(random() * n)}`, type: 'BUILT_ON', confidence: 0.7 });
  return { nodes, edges };
}

describe('explore page', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('serves the page and its assets from this server only', async () => {
    const html = await fetch(`${api.url}/explore`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(await html.text()).not.toMatch(/https?:\/\//);
    for (const asset of ['cytoscape.js', ...EXPLORE_SCRIPTS, 'explore.css']) {
      expect([asset, (await fetch(`${api.url}/explore/assets/${asset}`)).status]).toEqual([asset, 200]);
    }
    expect((await fetch(`${api.url}/explore/assets/__proto__`)).status).toBe(404);
    expect((await fetch(`${api.url}/explore/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  describe('in headless Chromium', () => {
    let browser: TestBrowser;
    const errors: string[] = [];
    beforeAll(async () => {
      if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
      browser = await launchBrowser();
      browser.page.on('pageerror', (error) => errors.push(error.message));
    }, 60_000);
    afterAll(() => browser?.close());

    it("searches, expands a node, shows an edge's evidence, finds paths and users, and reloads to the same view", async () => {
      const { page } = browser;
      await page.goto(`${api.url}/explore`, { waitUntil: 'load' });
      await settled(page);

      // Type-ahead search opens an entity of the seed.
      await page.fill('#search', 'arbitr');
      await page.click('#suggestions li[data-id="project:arbitrum"]', { timeout: 10_000 });
      await page.waitForURL(/entity=project%3Aarbitrum/);
      await settled(page);
      const first = await view(page);
      expect(first.nodes).toEqual(expect.arrayContaining(['project:arbitrum', 'technique:optimistic-rollups', 'network:ethereum']));
      expect(first.nodes).not.toContain('technique:fraud-proofs');
      expect(await page.textContent('#legend')).toContain('Technique');
      await browser.screenshot('explore-arbitrum.png');

      // A click on a node expands it in place: Fraud Proofs appears beside Optimistic Rollups.
      await clickElement(page, 'technique:optimistic-rollups');
      await page.waitForURL(/expand=technique%3Aoptimistic-rollups/);
      await settled(page);
      const expanded = await view(page);
      expect(expanded.nodes).toEqual(expect.arrayContaining([...first.nodes, 'technique:fraud-proofs']));

      // A click on an edge lists its evidence, the names in the sentence highlighted.
      const edge = 'technique:optimistic-rollups|USES|technique:fraud-proofs';
      await clickElement(page, edge, true);
      await page.waitForSelector('#details .evidence mark', { timeout: 10_000 });
      const evidence = await page.textContent('#details');
      expect(evidence).toContain('Optimistic Rollups USES Fraud Proofs');
      expect(evidence).toContain('a fraud proof challenges the batch');
      expect(evidence).toContain('Section "Optimistic Rollups"');
      expect(evidence).toContain('Article "Layer 2 Scaling"');
      expect(await page.$$eval('#details .evidence mark', (marks) => marks.map((m) => m.textContent))).toEqual(expect.arrayContaining(['Fraud Proofs', 'fraud proof']));
      await browser.screenshot('explore-evidence.png');
      const evidenceUrl = page.url();

      // Reloading the URL gives the same view, evidence panel included.
      await page.reload({ waitUntil: 'load' });
      await settled(page);
      expect(await view(page)).toEqual(expanded);
      await page.waitForSelector('#details .evidence mark', { timeout: 10_000 });

      // Path between two entities.
      await page.click('button[data-mode="path"]');
      await page.fill('#path-from', 'Arbitrum');
      await page.fill('#path-to', 'fraud proofs');
      await page.click('#path-form button[type="submit"]');
      await page.waitForURL(/mode=path/);
      await settled(page);
      expect(await view(page)).toEqual({
        nodes: ['project:arbitrum', 'technique:fraud-proofs', 'technique:optimistic-rollups'],
        edges: ['project:arbitrum|USES|technique:optimistic-rollups', 'technique:optimistic-rollups|USES|technique:fraud-proofs'],
      });
      await browser.screenshot('explore-path.png');

      // Who uses fraud proofs, with hop numbers.
      await page.click('button[data-mode="uses"]');
      await page.fill('#uses-technique', 'fraud proofs');
      await page.click('#uses-form button[type="submit"]');
      await page.waitForURL(/mode=uses/);
      await settled(page);
      const labels = await page.evaluate(() =>
        (globalThis as unknown as ExploreGlobals).explore.cy
          .nodes()
          .map((n) => String(n.data('label')))
          .sort(),
      );
      expect(labels).toEqual(['Arbitrum · 2 hops', 'Fraud Proofs · target', 'Optimism · 2 hops', 'Optimistic Rollups · 1 hop']);
      await browser.screenshot('explore-who-uses.png');
      const usesView = await view(page);

      // The open-in-GraphiQL link carries the operation the page ran.
      const href = (await page.getAttribute('#open-ide', 'href')) ?? '';
      expect(href.startsWith('/graphql#')).toBe(true);
      expect(new URLSearchParams(href.slice('/graphql#'.length)).get('query')).toContain('solutionsUsing(technique: $technique');

      // Back and forward walk the history of views.
      await page.goBack();
      await settled(page);
      expect((await view(page)).nodes).toEqual(['project:arbitrum', 'technique:fraud-proofs', 'technique:optimistic-rollups']);
      await page.goForward();
      await settled(page);
      expect(await view(page)).toEqual(usesView);
      await page.goto(evidenceUrl, { waitUntil: 'load' });
      await settled(page);
      expect(await view(page)).toEqual(expanded);

      // The Ask box answers in words and draws what the question is about.
      await page.fill('#ask', 'which solutions use fraud proofs?');
      await page.click('#ask-form button');
      await page.waitForURL(/mode=uses/);
      await settled(page);
      await page.waitForSelector('#details .answer', { timeout: 10_000 });
      expect(await page.textContent('#details .answer')).toBe('Entities that use Fraud Proofs: Optimistic Rollups (directly); Arbitrum (2 hops); Optimism (2 hops).');
      expect(await view(page)).toEqual(usesView);
      await browser.screenshot('explore-ask.png');

      // Filters hide what they exclude, and keep the rest.
      // The filter applies in the change handler; the wait only absorbs a slow machine's event delivery.
      await page.uncheck('#relation-filter input[value="USES"]');
      await page.waitForFunction(() => (globalThis as unknown as ExploreGlobals).explore.cy.edges(':visible').map((e) => e.id()).length === 0, undefined, { timeout: 5_000 }).catch(() => undefined);
      expect(await page.evaluate(() => (globalThis as unknown as ExploreGlobals).explore.cy.edges(':visible').map((e) => e.id()))).toEqual([]);
      await page.check('#relation-filter input[value="USES"]');

      // Exports: a PNG image and the drawn subgraph as JSON.
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      expect(png.suggestedFilename()).toBe('graph.png');
      expect(
        readFileSync((await png.path())!)
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
      const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { nodes: { id: string }[]; edges: unknown[] };
      expect(exported.nodes.map((n) => n.id).sort()).toEqual(usesView.nodes);

      expect(errors).toEqual([]);
      expect(browser.foreignRequests()).toEqual([]);
    }, 120_000);

    it('says when a neighbourhood is cut at the page limit', async () => {
      const { page } = browser;
      await page.goto(`${api.url}/explore?entity=network%3Aethereum&depth=2&limit=3`, { waitUntil: 'load' });
      await settled(page);
      expect(await page.textContent('#status')).toMatch(/Cut at the page limit \(3 entities\): Ethereum has more neighbours than shown/);
      expect((await view(page)).nodes).toHaveLength(4);
    }, 60_000);

    it('lays out 100 and 500 nodes, and prints how long it takes', async () => {
      const { page } = browser;
      await page.goto(`${api.url}/explore`, { waitUntil: 'load' });
      await settled(page);
      const timings: Record<number, { layoutMs: number; layout: string }> = {};
      for (const n of [100, 500]) {
        timings[n] = await page.evaluate((graph) => (globalThis as unknown as ExploreGlobals).explore.drawGraph(graph), syntheticGraph(n));
        expect((await view(page)).nodes).toHaveLength(n);
      }
      await browser.screenshot('explore-500-nodes.png');
      process.stderr.write(`[explore] layout time: 100 nodes ${timings[100]!.layoutMs} ms (${timings[100]!.layout}), 500 nodes ${timings[500]!.layoutMs} ms (${timings[500]!.layout})\n`);
      // Usable means seconds, not minutes, even on a shared 2-core CI machine.
      expect(timings[500]!.layoutMs).toBeLessThan(10_000);
      expect(browser.foreignRequests()).toEqual([]);
    }, 120_000);
  });
});
