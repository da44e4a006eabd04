import type { AppState, Store } from '../app/store';
import { counted } from '../app/summary';
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

  /** A chip `<b>3</b> polls` (`1 poll` in the singular). */
  private chip(count: number, one: string, tone = '', many = `${one}s`): HTMLElement {
    const [value, ...label] = counted(count, one, many).split(' ');
    return h('span', { class: `chip ${tone}` }, h('b', {}, value), ` ${label.join(' ')}`);
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
      chips.push(this.chip(run.events, 'event, stopped', 'warn', 'events, stopped'));
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
        this.chip(s.tasks, 'task'),
        this.chip(s.polls, 'poll'),
        this.chip(s.wakes, 'wake'),
        this.chip(s.timeMs, 'ms virtual', '', 'ms virtual'),
        this.chip(s.diagnostics, 'diagnostic', s.diagnostics > 0 ? 'bad' : ''),
      );
      if (s.runtimeNote)
        chips.push(
          h(
            'span',
            { class: 'runtime-note', 'data-role': 'runtime-note' },
            `Note: ${s.runtimeNote}`,
          ),
        );
    }
    this.el.replaceChildren(...chips);
  }
}
