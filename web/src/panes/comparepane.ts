import type { Controller } from '../app/controller';
import type { CompareSide, CompareState } from '../app/store';
import type { TokioVersion } from '../worker/protocol';
import { modal } from './dialog';
import { button, h } from './dom';

/** Rows shown before the first difference, and after it. */
const BEFORE = 8;
const AFTER = 40;

/** Compare: the same program with two seeds or two Tokio versions, side by side from just before
 * the first event where the traces differ. */
export function compareDialog(controller: Controller): HTMLDialogElement {
  const seedInput = (value: number, side: string) =>
    h('input', {
      type: 'number',
      class: 'input seed',
      min: '0',
      max: '4294967295',
      value: String(value),
      'aria-label': `Seed ${side}`,
      'data-compare': `seed-${side}`,
    });
  const tokioSelect = (value: TokioVersion, side: string) => {
    const el = h(
      'select',
      { class: 'select', 'aria-label': `Tokio ${side}`, 'data-compare': `tokio-${side}` },
      h('option', { value: '1.24' }, 'Tokio 1.24'),
      h('option', { value: '1.29' }, 'Tokio 1.29'),
    );
    el.value = value;
    return el;
  };
  const seedA = seedInput(1, 'a');
  const seedB = seedInput(2, 'b');
  const tokioA = tokioSelect('1.24', 'a');
  const tokioB = tokioSelect('1.24', 'b');
  const go = button(
    'Compare the two runs',
    { class: 'btn primary', 'data-action': 'compare-run' },
    'Compare',
  );
  const result = h('div', { class: 'compare-result', 'data-role': 'compare-result' });
  const verdict = h('p', {
    class: 'compare-verdict',
    'data-role': 'compare-verdict',
    'aria-live': 'polite',
  });

  go.addEventListener('click', () => {
    const base = controller.store.state.options;
    const side = (seed: HTMLInputElement, tokio: HTMLSelectElement) => {
      const options = {
        ...base,
        seed: Number(seed.value) || 0,
        tokio: tokio.value as TokioVersion,
      };
      return { options, label: `seed ${options.seed} · Tokio ${options.tokio}` };
    };
    void controller.compare(side(seedA, tokioA), side(seedB, tokioB));
  });
  controller.store.subscribe((s, p) => s.compare !== p.compare && render(s.compare));

  function column(side: CompareSide, from: number, to: number, diff: number | null): HTMLElement {
    const rows = [];
    for (let i = from; i < to; i++) {
      const line = side.lines[i];
      rows.push(
        h(
          'div',
          { class: `compare-row${i === diff ? ' differs' : ''}`, 'data-index': String(i) },
          h('span', { class: 'compare-n' }, String(i + 1)),
          line ?? '(no event)',
        ),
      );
    }
    return h(
      'div',
      { class: 'compare-col' },
      h(
        'h3',
        {},
        `${side.label} — ${side.lines.length.toLocaleString('en-US')} events, ${side.status}`,
      ),
      h('div', { class: 'compare-lines' }, ...rows),
    );
  }

  function render(c: CompareState | null): void {
    go.disabled = c?.phase === 'running';
    if (c === null) return;
    if (c.phase === 'running') {
      verdict.textContent = 'Running both…';
      result.replaceChildren();
      return;
    }
    if (c.phase === 'failed' || !c.a || !c.b) {
      verdict.textContent = `The comparison failed: ${c.message ?? 'no result'}`;
      result.replaceChildren();
      return;
    }
    const diff = c.firstDifference;
    verdict.textContent =
      diff === null
        ? `The two traces are identical (${c.a.lines.length.toLocaleString('en-US')} events).`
        : `The traces first differ at event ${diff + 1}.`;
    const from = diff === null ? 0 : Math.max(0, diff - BEFORE);
    const to = Math.min(Math.max(c.a.lines.length, c.b.lines.length), (diff ?? 0) + AFTER);
    result.replaceChildren(column(c.a, from, to, diff), column(c.b, from, to, diff));
  }

  const body = h(
    'div',
    { class: 'dialog-body compare' },
    h(
      'div',
      { class: 'compare-form' },
      h('span', { class: 'field' }, 'A', seedA, tokioA),
      h('span', { class: 'field' }, 'B', seedB, tokioB),
      go,
    ),
    verdict,
    result,
  );
  return modal(controller, 'compare', 'Compare two runs', body, () => {
    const o = controller.store.state.options;
    seedA.value = String(o.seed);
    seedB.value = String(o.seed + 1);
    tokioA.value = o.tokio;
    tokioB.value = o.tokio;
  });
}
