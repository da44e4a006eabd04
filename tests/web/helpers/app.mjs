// The production build served on 127.0.0.1 with Chromium, for the browser tests of one file:
// `const app = useApp()` registers before/after hooks; `app.page(hash)` opens the full page.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage } from './browser.mjs';
import { engineMissing, productionBuild } from './dist.mjs';
import { serve } from './server.mjs';

export const MISSING = engineMissing();

export function useApp(tag, pages = {}) {
  const app = {
    server: null,
    browser: null,
    /** The full page at `hash`, once the editor and the test hooks are there. */
    async page(hash = '', opts = {}) {
      const page = await openPage(app.browser, `${app.server.url}/index.html${hash}`, opts);
      await page.waitForSelector('.monaco-editor .view-lines');
      await page.waitForFunction(() => window.__pollscope !== undefined);
      return page;
    },
    /** The embed at `hash`, once its hooks are there. */
    async embed(hash, opts = {}) {
      const page = await openPage(app.browser, `${app.server.url}/embed.html${hash}`, opts);
      await page.waitForFunction(() => window.__pollscope !== undefined);
      return page;
    },
    open: (url, opts) => openPage(app.browser, url, opts),
  };
  before(async () => {
    if (MISSING) return;
    app.server = await serve(await productionBuild(tag), pages);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Closes a page's context, asserting it logged no console errors. */
export async function close(page) {
  const errors = page.errors;
  await page.context().close();
  assert.deepEqual(errors, [], 'console errors');
}

export const state = (page) => page.evaluate(() => window.__pollscope.store.state);
export const cursor = (page) => page.evaluate(() => window.__pollscope.store.state.cursor);
