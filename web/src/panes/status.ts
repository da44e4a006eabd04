import type { AppState, Store } from '../app/store';
import { h } from './dom';

function n(value: number): string {
  return value.toLocaleString('en-US');
}

/** Totals of the run as small chips, with its outcome. */
export class StatusLine {
  readonly el = h('div', { class: 'status', 'aria-live': 'polite', 'data-role': 'status' });

  constructor(store: Store) {
    store.subscribe(
      (s, p) => (s.run !== p.run || s.traceVersion !== p.traceVersion) && this.render(s),
    );
    this.render(store.state);
  }

  private chip(label: string, value: string, tone = ''): HTMLElement {
    return h('span', { class: `chip ${tone}` }, h('b', {}, value), ` ${label}`);
  }

  private render(state: AppState): void {
    const run = state.run;
    const s = run.summary;
    const chips: HTMLElement[] = [];
    if (run.phase === 'running')
      chips.push(
        h(
          'span',
          { class: 'chip live' },
          h('i', { class: 'dot' }),
          `running · ${n(run.events)} events`,
        ),
      );
    else if (run.phase === 'stopped')
      chips.push(this.chip('events, stopped', n(run.events), 'warn'));
    else if (run.phase === 'failed') chips.push(h('span', { class: 'chip bad' }, 'engine failed'));
    if (s) {
      const tone =
        s.status === 'completed'
          ? 'ok'
          : s.status === 'limit' || s.status === 'deadlock'
            ? 'warn'
            : 'bad';
      chips.push(h('span', { class: `chip ${tone}`, 'data-role': 'outcome' }, s.status));
      chips.push(
        this.chip('tasks', n(s.tasks)),
        this.chip('polls', n(s.polls)),
        this.chip('wakes', n(s.wakes)),
      );
      chips.push(
        this.chip('ms virtual', n(s.timeMs)),
        this.chip('diagnostics', n(s.diagnostics), s.diagnostics > 0 ? 'bad' : ''),
      );
    }
    this.el.replaceChildren(...chips);
  }
}
