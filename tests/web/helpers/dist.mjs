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

export async function productionBuild() {
  if (process.env.POLLSCOPE_WEB_DIST) return process.env.POLLSCOPE_WEB_DIST;
  const missing = engineMissing();
  if (missing) throw new Error(missing);
  await build({ configFile: `${root}web/vite.config.ts`, logLevel: 'error' });
  return `${root}build/web-dist`;
}
