import type { Controller } from '../app/controller';
import { copyText, download } from '../share/links';
import { h, icon } from './dom';

/** Copy or download the recorded trace, as text or as JSON lines. */
export class TraceMenu {
  readonly el: HTMLElement;

  constructor(controller: Controller) {
    const item = (label: string, action: string, run: () => void) => {
      const b = h('button', { type: 'button', class: 'menu-item', 'data-action': action }, label);
      b.addEventListener('click', () => {
        this.el.removeAttribute('open');
        run();
      });
      return b;
    };
    const trace = () => controller.store.state.trace;
    const copy = async (text: string, what: string) => {
      controller.toast(
        (await copyText(text)) ? `${what} copied` : 'Copying is blocked by the browser',
      );
    };
    this.el = h(
      'details',
      { class: 'menu' },
      h(
        'summary',
        { class: 'btn ghost', title: 'Copy or download the trace' },
        icon('download'),
        h('span', {}, 'Trace'),
      ),
      h(
        'div',
        { class: 'menu-list' },
        item('Copy as text', 'copy-text', () => void copy(trace().toText(), 'Trace')),
        item(
          'Copy as JSON lines',
          'copy-json',
          () => void copy(trace().toJsonLines(), 'JSON lines'),
        ),
        item('Download .txt', 'download-text', () =>
          download('pollscope-trace.txt', trace().toText(), 'text/plain'),
        ),
        item('Download .jsonl', 'download-json', () =>
          download('pollscope-trace.jsonl', trace().toJsonLines(), 'application/x-ndjson'),
        ),
      ),
    );
    document.addEventListener('click', (e) => {
      if (!this.el.contains(e.target as Node)) this.el.removeAttribute('open');
    });
  }
}
