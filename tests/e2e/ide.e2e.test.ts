import { existsSync } from 'node:fs';
import { startTestApi, type TestApi } from '../helpers/api';
import { CHROMIUM, launchBrowser, type TestBrowser } from '../helpers/browser';
import { writeL2Graph } from '../helpers/graph-fixture';
import { clearGraph } from '../helpers/neo4j';
import { operation } from '../helpers/operations';
import { IDE_EXAMPLE_FILES } from '../../src/ide/examples';

/** The little of the DOM these page functions use (the project compiles without the DOM lib). */
interface BrowserGlobals {
  document: { querySelector(selector: string): { textContent: string | null } | null };
}

describe('GraphQL IDE', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    await clearGraph(api.db);
    await writeL2Graph(api.db);
  });
  afterAll(() => api.close());

  it('serves the IDE page to browsers and leaves JSON clients to the API', async () => {
    const html = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const page = await html.text();
    expect(page).not.toMatch(/https?:\/\//);
    for (const file of IDE_EXAMPLE_FILES) expect(page).toContain(JSON.stringify(operation(file)).slice(1, 40).replace(/</g, '\\u003c'));
    const json = await fetch(`${api.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(400);
  });

  it('serves its assets from this server', async () => {
    for (const asset of ['react.js', 'react-dom.js', 'graphiql.js', 'graphiql.css', 'plugin-explorer.js', 'plugin-explorer.css', 'ide.js']) {
      const response = await fetch(`${api.url}/ide/assets/${asset}`);
      expect([asset, response.status]).toEqual([asset, 200]);
    }
    expect((await fetch(`${api.url}/ide/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  describe('in headless Chromium', () => {
    let browser: TestBrowser;
    beforeAll(async () => {
      if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
      browser = await launchBrowser();
    }, 60_000);
    afterAll(() => browser?.close());

    it('loads with no request off this machine, runs the fraud-proofs example and shows Arbitrum', async () => {
      const { page } = browser;
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${api.url}/graphql`, { waitUntil: 'load' });
      await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
      const editor = await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20_000 });
      expect(await editor.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue())).toContain('solutionsUsing');
      await page.click('.graphiql-execute-button');
      const result = await page.waitForFunction(
        () => {
          const el = (globalThis as unknown as BrowserGlobals).document.querySelector('.result-window .CodeMirror') as { CodeMirror?: { getValue(): string } } | null;
          const text = el?.CodeMirror?.getValue() ?? '';
          return text.includes('"Arbitrum"') ? text : false;
        },
        undefined,
        { timeout: 20_000 },
      );
      const text = String(await result.jsonValue());
      expect(JSON.parse(text).data.solutionsUsing.map((s: { entity: { name: string } }) => s.entity.name)).toContain('Arbitrum');
      await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.querySelector('.result-window')?.textContent?.includes('Arbitrum'), undefined, { timeout: 10_000 });
      await browser.screenshot('ide-fraud-proofs.png');
      // The explorer plugin is open beside the editor, listing the Query fields to click.
      await page.waitForSelector('.graphiql-explorer-root', { timeout: 10_000 });
      expect(await page.textContent('.graphiql-explorer-root')).toContain('solutionsUsing');
      expect(await page.getAttribute('.graphiql-logo a', 'href')).toBe('/explore');
      expect(errors).toEqual([]);
      expect(browser.requests.some((url) => url.endsWith('/graphql'))).toBe(true);
      expect(browser.foreignRequests()).toEqual([]);
    }, 60_000);

    it('opens an operation linked as /graphql#query=…&variables=… (the explore page\'s "Open in GraphiQL")', async () => {
      const { page } = browser;
      const query = 'query Linked($name: String!) { entity(name: $name) { name } }';
      const hash = new URLSearchParams({ query, variables: JSON.stringify({ name: 'Loopring' }) }).toString();
      await page.goto('about:blank');
      await page.goto(`${api.url}/graphql#${hash}`, { waitUntil: 'load' });
      const editor = await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20_000 });
      expect(await editor.evaluate((el) => (el as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue())).toBe(query);
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.querySelector('.result-window')?.textContent?.includes('Loopring'), undefined, { timeout: 10_000 });
      expect(browser.foreignRequests()).toEqual([]);
    }, 60_000);
  });
});
