import type { Controller } from '../app/controller';
import { traceJsonFile, traceTextFile } from '../app/export';
import { copyText, download } from '../share/links';
import { menu } from './menu';

/** Copy or download the recorded trace, as text or as JSON lines, with its header and summary. */
export function traceMenu(controller: Controller): HTMLElement {
  const state = () => controller.store.state;
  const copy = async (text: string, what: string) => {
    controller.toast(
      (await copyText(text)) ? `${what} copied` : 'Copying is blocked by the browser',
    );
  };
  return menu('Trace', 'download', 'Copy or download the trace', [
    {
      label: 'Copy as text',
      action: 'copy-text',
      run: () => void copy(traceTextFile(state()), 'Trace'),
    },
    {
      label: 'Copy as JSON lines',
      action: 'copy-json',
      run: () => void copy(traceJsonFile(state()), 'JSON lines'),
    },
    {
      label: 'Download .txt',
      action: 'download-text',
      run: () => download('pollscope-trace.txt', traceTextFile(state()), 'text/plain'),
    },
    {
      label: 'Download .jsonl',
      action: 'download-json',
      run: () => download('pollscope-trace.jsonl', traceJsonFile(state()), 'application/x-ndjson'),
    },
  ]);
}
