import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIObject } from '@nestjs/swagger';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Debian's Chromium; nothing here downloads a browser. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

// Said once, visibly, like the PostgreSQL suites' skip in test/global-setup.js.
const describeInBrowser = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) {
  process.stdout.write(
    `\nDocs browser test: SKIPPED (${CHROMIUM} is absent; .ci/run installs it)\n`,
  );
}

interface Shown {
  readonly method: string;
  readonly path: string;
}

/** The operations the page shows, as Swagger UI renders them (one `.opblock` each). */
function shownOperations(page: Page): Promise<Shown[]> {
  return page.$$eval('.opblock', (blocks) =>
    blocks.map((block) => ({
      method: block.querySelector('.opblock-summary-method')?.textContent?.toLowerCase() ?? '',
      path: block.querySelector('[data-path]')?.getAttribute('data-path') ?? '',
    })),
  );
}

describeInBrowser('GET /docs in a browser (Swagger UI, offline)', () => {
  let t: TestApp;
  let origin: string;
  let profile: string;
  let context: BrowserContext;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    origin = await t.app.getUrl();
    profile = mkdtempSync(join(tmpdir(), 'docs-browser-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      viewport: { width: 1280, height: 900 },
    });
  });
  afterAll(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    await t.close();
  });

  it('renders every operation of the document from the service alone, with no token', async () => {
    // Anything but the service itself is refused, so a page that needed a CDN would break here.
    const elsewhere: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const answer = await page.goto(`${origin}/docs`);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['x-request-id']).toBeDefined();
    await page.waitForSelector('.opblock', { timeout: 20_000 });

    const document = (await t.http.get('/docs/openapi.json')).body as OpenAPIObject;
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => ({ method, path })),
    );
    const shown = await shownOperations(page);
    const key = ({ method, path }: Shown) => `${method} ${path}`;
    expect(shown.map(key).sort()).toEqual(documented.map(key).sort());
    expect(await page.title()).toBe('Customer Contact Service API');

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'docs.png'), fullPage: true });
    expect({ elsewhere, pageErrors }).toEqual({ elsewhere: [], pageErrors: [] });
  });
});
