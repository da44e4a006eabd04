import type { Controller } from '../app/controller';
import type { AppState } from '../app/store';
import { h } from './dom';

const LIMITS = [10_000, 100_000, 1_000_000, 5_000_000];

/** Run options: seed, Tokio semantics, event limit. */
export class OptionsBar {
  readonly el: HTMLElement;
  private readonly seed = h('input', {
    type: 'number',
    class: 'input seed',
    min: '0',
    max: '4294967295',
    step: '1',
    'aria-label': 'Seed',
    'data-control': 'seed',
  });
  private readonly tokio = h(
    'select',
    { class: 'select', 'aria-label': 'Tokio semantics', 'data-control': 'tokio' },
    h('option', { value: '1.24' }, 'Tokio 1.24'),
    h('option', { value: '1.29' }, 'Tokio 1.29+'),
  );
  private readonly limit = h('select', {
    class: 'select',
    'aria-label': 'Event limit',
    'data-control': 'maxEvents',
  });

  constructor(controller: Controller) {
    this.el = h(
      'div',
      { class: 'options' },
      h(
        'label',
        { class: 'field', title: 'Seed for select! and other random choices; part of the link' },
        h('span', {}, 'seed'),
        this.seed,
      ),
      h(
        'label',
        { class: 'field', title: 'Which Tokio release the scheduler imitates' },
        this.tokio,
      ),
      h(
        'label',
        { class: 'field', title: 'The run stops after this many events' },
        h('span', {}, 'limit'),
        this.limit,
      ),
    );
    this.seed.addEventListener('change', () => {
      const value = Math.trunc(Number(this.seed.value));
      if (Number.isFinite(value) && value >= 0 && value <= 0xffff_ffff)
        controller.setOptions({ seed: value });
      else this.render(controller.store.state);
    });
    this.tokio.addEventListener('change', () =>
      controller.setOptions({ tokio: this.tokio.value === '1.29' ? '1.29' : '1.24' }),
    );
    this.limit.addEventListener('change', () =>
      controller.setOptions({ maxEvents: Number(this.limit.value) }),
    );
    controller.store.subscribe((state, previous) => {
      if (state.options !== previous.options) this.render(state);
    });
    this.render(controller.store.state);
  }

  private render(state: AppState): void {
    const { seed, tokio, maxEvents } = state.options;
    if (document.activeElement !== this.seed) this.seed.value = String(seed);
    this.tokio.value = tokio;
    const limits = LIMITS.includes(maxEvents)
      ? LIMITS
      : [...LIMITS, maxEvents].sort((a, b) => a - b);
    this.limit.replaceChildren(
      ...limits.map((n) =>
        h('option', { value: String(n) }, `${n.toLocaleString('en-US')} events`),
      ),
    );
    this.limit.value = String(maxEvents);
  }
}
