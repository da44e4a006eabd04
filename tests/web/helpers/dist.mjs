// Which engine the browser tests use, and a production build made with it.
//   POLLSCOPE_E2E_ENGINE=real|fake   (default: real when build/wasm/pollscope_wasm.js exists)
//   POLLSCOPE_WEB_DIST=<dir>         use an existing build instead of building
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
const realEngine = `${root}build/wasm/pollscope_wasm.js`;

export function engineKind() {
  const wanted = process.env.POLLSCOPE_E2E_ENGINE;
  if (wanted === 'real' || wanted === 'fake') return wanted;
  return existsSync(realEngine) ? 'real' : 'fake';
}

export async function productionBuild() {
  if (process.env.POLLSCOPE_WEB_DIST) return process.env.POLLSCOPE_WEB_DIST;
  const kind = engineKind();
  const outDir = kind === 'real' ? `${root}build/web-dist` : `${root}build/web-dist-fake`;
  const saved = { ...process.env };
  if (kind === 'fake') {
    process.env.POLLSCOPE_ENGINE = `${root}tests/web/fixtures/fake-engine.js`;
    process.env.POLLSCOPE_SCENARIOS = `${root}tests/web/fixtures/scenarios`;
  }
  process.env.POLLSCOPE_WEB_OUT = outDir;
  try {
    await build({ configFile: `${root}web/vite.config.ts`, logLevel: 'error' });
  } finally {
    for (const key of ['POLLSCOPE_ENGINE', 'POLLSCOPE_SCENARIOS', 'POLLSCOPE_WEB_OUT']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
  return outDir;
}
