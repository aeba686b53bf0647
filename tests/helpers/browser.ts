import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium); .ci/run installs it too. */
export const CHROMIUM = '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless run: no background traffic of the browser's own. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where test artefacts (screenshots) go; git-ignored. */
export const ARTEFACTS = path.resolve(__dirname, '..', '..', 'test-results');

export interface TestBrowser {
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests to anything but localhost / 127.0.0.1 / [::1]. */
  foreignRequests(): string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
}

/** Headless Chromium with a fresh profile, recording every request its page makes. */
export async function launchBrowser(): Promise<TestBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'kg-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 1600 },
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    page,
    requests,
    foreignRequests: () => requests.filter((url) => !isLocal(url)),
    screenshot: async (name) => {
      mkdirSync(ARTEFACTS, { recursive: true });
      const file = path.join(ARTEFACTS, name);
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
