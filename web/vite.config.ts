import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = fileURLToPath(new URL('.', import.meta.url));

// The engine module (the Emscripten build) and the gallery (scenarios/*.rs).
const engine = `${root}build/wasm/pollscope_wasm.js`;
const scenarios = `${root}scenarios`;
if (!existsSync(engine)) {
  throw new Error(`${engine} is missing: build the engine first (scripts/build-wasm.sh).`);
}
if (!existsSync(`${scenarios}/countdown.rs`)) {
  throw new Error(`${scenarios}/countdown.rs is missing: it is the default example.`);
}

/** `virtual:scenario-headers`: the `//!` header of every scenario, so the gallery can list them
 * without shipping their sources (each source is its own chunk, loaded when picked). */
function scenarioHeaders(): Plugin {
  const id = 'virtual:scenario-headers';
  return {
    name: 'pollscope-scenario-headers',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const headers: Record<string, string> = {};
      for (const file of readdirSync(scenarios)
        .filter((f) => f.endsWith('.rs'))
        .sort()) {
        this.addWatchFile(`${scenarios}/${file}`);
        const lines = readFileSync(`${scenarios}/${file}`, 'utf8').split('\n');
        const end = lines.findIndex((l) => !l.startsWith('//!'));
        headers[file.slice(0, -3)] = lines.slice(0, end < 0 ? lines.length : end).join('\n');
      }
      return `export default ${JSON.stringify(headers)};`;
    },
  };
}

export default defineConfig({
  plugins: [scenarioHeaders()],
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
