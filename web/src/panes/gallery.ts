import type { AppState, Store } from '../app/store';
import { PARTS, SCENARIOS, type Scenario } from '../scenarios/catalog';
import { h } from './dom';

/** The example gallery, grouped by the part of the series each scenario belongs to, and the
 * reader's own draft at the top while there is one (picking an example never loses it). */
export class GalleryPane {
  readonly el: HTMLElement;
  private readonly items = new Map<string, HTMLElement>();
  private readonly draftItem = h(
    'button',
    { type: 'button', class: 'gallery-item draft', 'data-role': 'draft' },
    h('span', { class: 'gi-title' }, 'Your draft'),
    h('span', { class: 'gi-desc' }, 'The program you edited, kept in this browser.'),
  );

  constructor(store: Store, onPick: (scenario: Scenario) => void, onDraft: () => void) {
    this.draftItem.addEventListener('click', onDraft);
    const groups: HTMLElement[] = [];
    for (const part of PARTS) {
      const list = SCENARIOS.filter((s) => s.part === part.id);
      if (list.length === 0) continue;
      const ul = h('ul', {});
      for (const scenario of list) {
        const item = h(
          'button',
          {
            type: 'button',
            class: 'gallery-item',
            'data-example': scenario.name,
            title: scenario.description,
          },
          h('span', { class: 'gi-title' }, scenario.title),
          scenario.description ? h('span', { class: 'gi-desc' }, scenario.description) : null,
        );
        item.addEventListener('click', () => onPick(scenario));
        this.items.set(scenario.name, item);
        ul.append(h('li', {}, item));
      }
      groups.push(h('section', { class: 'gallery-group' }, h('h3', {}, part.label), ul));
    }
    this.el = h(
      'nav',
      { class: 'gallery', 'aria-label': 'Examples' },
      h('h2', {}, 'Examples'),
      h('ul', { class: 'gallery-draft' }, h('li', {}, this.draftItem)),
      ...groups,
    );
    store.subscribe(
      (s, p) =>
        (s.example !== p.example || s.draft !== p.draft || s.source !== p.source) && this.render(s),
    );
    this.render(store.state);
  }

  private render(state: AppState): void {
    this.draftItem.hidden = state.draft === null;
    const onDraft = state.draft !== null && state.example === null && state.source === state.draft;
    this.draftItem.classList.toggle('on', onDraft);
    if (onDraft) this.draftItem.setAttribute('aria-current', 'true');
    else this.draftItem.removeAttribute('aria-current');
    for (const [name, item] of this.items) {
      const on = name === state.example;
      item.classList.toggle('on', on);
      if (on) item.setAttribute('aria-current', 'true');
      else item.removeAttribute('aria-current');
    }
  }
}
