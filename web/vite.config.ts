import { defineConfig, type Plugin } from 'vite';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitScenario } from './src/scenarios/header';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = fileURLToPath(new URL('.', import.meta.url));

// The engine module (the Emscripten build) and the gallery (scenarios/*.rs).
const engine = `${root}build/wasm/pollscope_wasm.js`;
const scenariosDir = `${root}scenarios`;
if (!existsSync(engine)) {
  throw new Error(`${engine} is missing: build the engine first (scripts/build-wasm.sh).`);
}
if (!existsSync(`${scenariosDir}/countdown.rs`)) {
  throw new Error(`${scenariosDir}/countdown.rs is missing: it is the default example.`);
}

/** The gallery, built from `scenarios/*.rs`:
 * - `virtual:scenario-headers`: every scenario's header lines, so the gallery can list them without
 *   shipping their sources;
 * - `NAME.rs?scenario`: the program a reader sees, without the header (each is a chunk of its own,
 *   loaded when picked). The files themselves stay as they are for the tests and harnesses. */
function scenarios(): Plugin {
  const id = 'virtual:scenario-headers';
  return {
    name: 'pollscope-scenarios',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved.endsWith('.rs?scenario')) {
        const file = resolved.slice(0, -'?scenario'.length);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(splitScenario(readFileSync(file, 'utf8')).program)};`;
      }
      if (resolved !== `\0${id}`) return null;
      const headers: Record<string, string[]> = {};
      for (const file of readdirSync(scenariosDir)
        .filter((f) => f.endsWith('.rs'))
        .sort()) {
        this.addWatchFile(`${scenariosDir}/${file}`);
        headers[file.slice(0, -3)] = splitScenario(
          readFileSync(`${scenariosDir}/${file}`, 'utf8'),
        ).header;
      }
      return `export default ${JSON.stringify(headers)};`;
    },
  };
}

export default defineConfig({
  plugins: [scenarios()],
  root: web,
  base: './',
  resolve: { alias: { '@engine': engine, '@scenarios': scenariosDir } },
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
