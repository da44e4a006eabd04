// Loads a TypeScript module of web/src into Node for unit tests, through Vite's module runner.
import { runnerImport } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export async function loadWebModule(path) {
  const { module } = await runnerImport(`${root}web/src/${path}`, {
    configFile: false,
    root,
    logLevel: 'error',
  });
  return module;
}
