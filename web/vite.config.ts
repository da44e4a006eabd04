import { defineConfig } from 'vite';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = fileURLToPath(new URL('.', import.meta.url));

// The engine module: the Emscripten build. Test harnesses may point at a stand-in with POLLSCOPE_ENGINE.
const engine = process.env.POLLSCOPE_ENGINE ?? `${root}build/wasm/pollscope_wasm.js`;
const scenarios = process.env.POLLSCOPE_SCENARIOS ?? `${root}scenarios`;
if (!existsSync(engine)) {
  throw new Error(
    `${engine} is missing: build the engine first (see README) or set POLLSCOPE_ENGINE.`,
  );
}

export default defineConfig({
  root: web,
  base: './',
  resolve: { alias: { '@engine': engine, '@scenarios': scenarios } },
  build: {
    outDir: process.env.POLLSCOPE_WEB_OUT ?? `${root}build/web-dist`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { main: `${web}index.html`, embed: `${web}embed.html` } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: [root] } },
  preview: { host: '127.0.0.1' },
});
