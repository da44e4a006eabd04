// The production build of the page with the real engine (build/wasm/pollscope_wasm.js).
//   POLLSCOPE_WEB_DIST=<dir>   use an existing build instead of building
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const ENGINE_JS = `${root}build/wasm/pollscope_wasm.js`;
export const ENGINE_WASM = `${root}build/wasm/pollscope_wasm.wasm`;

/** Why tests that need the engine cannot run, or false when they can. */
export function engineMissing() {
  if (process.env.POLLSCOPE_WEB_DIST) return false;
  return existsSync(ENGINE_JS) && existsSync(ENGINE_WASM)
    ? false
    : 'build/wasm/pollscope_wasm.{js,wasm} is missing: run scripts/build-wasm.sh first';
}

/** Builds the page into build/web-dist, or into build/web-test/TAG for a test file of its own
 * (test files run in parallel processes: each builds into its own folder). */
export async function productionBuild(tag = null) {
  if (process.env.POLLSCOPE_WEB_DIST) return process.env.POLLSCOPE_WEB_DIST;
  const missing = engineMissing();
  if (missing) throw new Error(missing);
  const out = tag === null ? `${root}build/web-dist` : `${root}build/web-test/${tag}`;
  const saved = process.env.POLLSCOPE_WEB_OUT;
  process.env.POLLSCOPE_WEB_OUT = out;
  try {
    await build({ configFile: `${root}web/vite.config.ts`, logLevel: 'error' });
  } finally {
    if (saved === undefined) delete process.env.POLLSCOPE_WEB_OUT;
    else process.env.POLLSCOPE_WEB_OUT = saved;
  }
  return out;
}
