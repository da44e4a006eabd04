import type { Controller } from '../app/controller';
import type { AppState } from '../app/store';
import { h } from './dom';

/** Shows one task's events only: a list of the run's tasks. */
export class TaskFilter {
  readonly el = h('select', {
    class: 'select',
    'aria-label': 'Show the events of one task',
    title: 'Show the events of one task',
    'data-control': 'task',
  });
  private names = '';

  constructor(controller: Controller) {
    this.el.addEventListener('change', () =>
      controller.setTaskFilter(this.el.value === '' ? null : Number(this.el.value)),
    );
    controller.store.subscribe(
      (s, p) =>
        (s.traceVersion !== p.traceVersion || s.taskFilter !== p.taskFilter) && this.render(s),
    );
    this.render(controller.store.state);
  }

  private render(state: AppState): void {
    const names = state.trace.taskNames;
    const key = names.join('\n');
    if (key !== this.names) {
      this.names = key;
      this.el.replaceChildren(
        h('option', { value: '' }, 'All tasks'),
        ...names.map((name, id) => h('option', { value: String(id) }, name)),
      );
    }
    const wanted = state.taskFilter === null ? '' : String(state.taskFilter);
    if (state.taskFilter !== null && state.taskFilter >= names.length) {
      this.el.append(h('option', { value: wanted }, state.trace.taskName(state.taskFilter)));
    }
    this.el.value = wanted;
  }
}

/** Searches the terminal: Enter for the next match, Shift+Enter for the previous, Esc clears. */
export class SearchBox {
  readonly el: HTMLElement;
  private readonly input = h('input', {
    type: 'search',
    class: 'input search',
    placeholder: 'Search trace',
    'aria-label': 'Search the trace',
    'data-control': 'search',
  });
  private readonly count = h('span', {
    class: 'search-count',
    'aria-live': 'polite',
    'data-role': 'search-count',
  });

  constructor(controller: Controller) {
    this.el = h('div', { class: 'searchbox', role: 'search' }, this.input, this.count);
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        controller.search(this.input.value, e.shiftKey);
      } else if (e.key === 'Escape' && this.input.value !== '') {
        e.preventDefault();
        this.input.value = '';
        controller.search('');
      }
    });
    this.input.addEventListener('input', () => controller.search(this.input.value));
    controller.store.subscribe((s, p) => s.searchResult !== p.searchResult && this.render(s));
  }

  /** Puts the keyboard in the search box (the `/` shortcut). */
  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private render(state: AppState): void {
    const r = state.searchResult;
    this.count.textContent = r === null ? '' : r.count === 0 ? 'no match' : `${r.index}/${r.count}`;
  }
}
