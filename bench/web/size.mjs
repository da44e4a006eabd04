// Gzip bytes a reader downloads before the first edit: the full page (editor, terminal, engine)
// and the embed (autorun, no Monaco). Loads the production build in Chromium and gzips every
// response body it fetched. Usage: node bench/web/size.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch, openPage } from '../../tests/web/helpers/browser.mjs';
import { ENGINE_WASM, productionBuild } from '../../tests/web/helpers/dist.mjs';
import { serve } from '../../tests/web/helpers/server.mjs';

const TARGETS = { 'full page': 1_500_000, embed: 350_000 };

async function measure(browser, url, ready) {
  const page = await openPage(browser, null);
  const bodies = [];
  page.context().on('response', (response) => {
    bodies.push(
      response
        .body()
        .then((b) => ({ url: response.url(), raw: b.length, gz: gzipSync(b, { level: 9 }).length }))
        .catch(() => null),
    );
  });
  await page.goto(url);
  await page.waitForFunction(ready, null, { timeout: 60000 });
  await page.waitForTimeout(1000);
  const files = (await Promise.all(bodies)).filter(Boolean);
  await page.context().close();
  return files;
}

const dist = await productionBuild();
const server = await serve(dist);
const browser = await launch();
try {
  const pages = [
    [
      'full page',
      `${server.url}/index.html`,
      () => document.querySelector('.monaco-editor .view-lines') !== null,
    ],
    [
      'embed',
      `${server.url}/embed.html#v=1&example=countdown&autorun=1`,
      () => window.__pollscope?.store.state.run.phase === 'done',
    ],
  ];
  const wasm = readFileSync(ENGINE_WASM);
  console.log(
    `engine: build/wasm/pollscope_wasm.wasm, ${(wasm.length / 1024).toFixed(1)} kB raw, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(1)} kB gzip`,
  );
  let over = false;
  for (const [name, url, ready] of pages) {
    const files = await measure(browser, url, ready);
    const total = files.reduce((sum, f) => sum + f.gz, 0);
    console.log(
      `\n${name}: ${files.length} files, ${(total / 1024).toFixed(1)} kB gzip (target ≤ ${TARGETS[name] / 1000} kB) ${total <= TARGETS[name] ? 'ok' : 'OVER'}`,
    );
    over ||= total > TARGETS[name];
    for (const f of files.sort((a, b) => b.gz - a.gz)) {
      console.log(`  ${(f.gz / 1024).toFixed(1).padStart(8)} kB  ${new URL(f.url).pathname}`);
    }
  }
  if (over) process.exitCode = 1;
} finally {
  await browser.close();
  await server.close();
}
