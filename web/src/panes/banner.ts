import type { Controller } from '../app/controller';
import type { AppState } from '../app/store';
import { button, h } from './dom';

/** The message banner (bad links, limits, engine failures) and the transient toast. */
export class BannerPane {
  readonly el = h('div', { class: 'banner', role: 'status', hidden: true, 'data-role': 'banner' });
  readonly toast = h('div', { class: 'toast', role: 'status', hidden: true, 'data-role': 'toast' });
  private readonly text = h('span', { class: 'banner-text' });

  constructor(controller: Controller) {
    const close = button('Dismiss', { class: 'banner-close' }, '×');
    close.addEventListener('click', () => controller.showBanner(null));
    this.el.append(this.text, close);
    controller.store.subscribe(
      (s, p) => (s.banner !== p.banner || s.toast !== p.toast) && this.render(s),
    );
    this.render(controller.store.state);
  }

  private render(state: AppState): void {
    this.el.hidden = state.banner === null;
    this.el.dataset['tone'] = state.banner?.tone ?? '';
    this.text.textContent = state.banner?.text ?? '';
    this.toast.hidden = state.toast === null;
    this.toast.textContent = state.toast ?? '';
  }
}
