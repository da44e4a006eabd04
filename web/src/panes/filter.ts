import type { Controller } from '../app/controller';
import { FILTERS } from '../app/kinds';
import { h } from './dom';

/** Everything / polls and wakes / output only. */
export class FilterBar {
  readonly el: HTMLElement;

  constructor(controller: Controller) {
    const buttons = FILTERS.map((f) => {
      const b = h(
        'button',
        { type: 'button', class: 'seg', 'data-filter': f.id, role: 'radio' },
        f.label,
      );
      b.addEventListener('click', () => controller.setFilter(f.id));
      return b;
    });
    this.el = h(
      'div',
      { class: 'segmented', role: 'radiogroup', 'aria-label': 'Trace filter' },
      ...buttons,
    );
    const render = () => {
      for (const b of buttons) {
        const on = b.dataset['filter'] === controller.store.state.filter;
        b.classList.toggle('on', on);
        b.setAttribute('aria-checked', String(on));
      }
    };
    controller.store.subscribe((s, p) => s.filter !== p.filter && render());
    render();
  }
}
