import type { Controller } from '../app/controller';
import { locations } from '../app/messages';
import type { AppState } from '../app/store';
import { isStale } from '../app/view';
import { button, h } from './dom';

/** The message banner (bad links, limits, engine failures) and the transient toast. Locations in a
 * message are links that show the place in the editor; a run's message says when it is out of date. */
export class BannerPane {
  readonly el = h('div', { class: 'banner', role: 'status', hidden: true, 'data-role': 'banner' });
  readonly toast = h('div', { class: 'toast', role: 'status', hidden: true, 'data-role': 'toast' });
  private readonly text = h('span', { class: 'banner-text' });
  private readonly stale = h(
    'span',
    { class: 'stale-badge', 'data-role': 'banner-stale', hidden: true },
    'out of date',
  );

  constructor(private readonly controller: Controller) {
    const close = button('Dismiss', { class: 'banner-close' }, '×');
    close.addEventListener('click', () => controller.showBanner(null));
    this.el.append(this.stale, this.text, close);
    controller.store.subscribe((s, p) => {
      if (s.banner !== p.banner) this.renderText(s);
      if (s.banner !== p.banner || s.source !== p.source || s.options !== p.options)
        this.renderStale(s);
      if (s.toast !== p.toast) this.renderToast(s);
    });
    this.renderText(controller.store.state);
    this.renderStale(controller.store.state);
    this.renderToast(controller.store.state);
  }

  /** The message, its locations as buttons that move the editor there. */
  private renderText(state: AppState): void {
    const banner = state.banner;
    this.el.hidden = banner === null;
    this.el.dataset['tone'] = banner?.tone ?? '';
    const parts: Array<Node | string> = [];
    const text = banner?.text ?? '';
    let at = 0;
    for (const m of locations(text)) {
      const where = `${m[1]}:${m[2]}`;
      const end = (m.index ?? 0) + m[0].length;
      parts.push(text.slice(at, end - where.length));
      const link = button(`Show line ${m[1]}, column ${m[2]} in the editor`, {
        class: 'location',
        'data-role': 'location',
      });
      link.textContent = where;
      link.addEventListener('click', () => this.controller.reveal(Number(m[1]), Number(m[2])));
      parts.push(link);
      at = end;
    }
    parts.push(text.slice(at));
    this.text.replaceChildren(...parts);
  }

  private renderStale(state: AppState): void {
    const stale = state.banner?.fromRun === true && isStale(state);
    this.stale.hidden = !stale;
    this.el.classList.toggle('stale', stale);
  }

  private renderToast(state: AppState): void {
    this.toast.hidden = state.toast === null;
    this.toast.textContent = state.toast ?? '';
  }
}
