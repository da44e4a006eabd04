import type { Controller } from '../app/controller';
import { KINDS } from '../app/kinds';
import { PALETTES, roleColour } from '../term/palette';
import { modal } from './dialog';
import { h } from './dom';

/** Every keyboard shortcut of the page. */
export const SHORTCUTS: ReadonlyArray<[string, string]> = [
  ['Ctrl/⌘ + Enter', 'Run the program'],
  ['Ctrl/⌘ + S', 'Copy a link to this program'],
  ['← → ↑ ↓ (on the trace)', 'Step back / forward one shown event'],
  ['Home / End (on the trace)', 'First / last event'],
  ['Enter (on the trace)', 'Show the current event’s source'],
  ['Click a trace line', 'Show its source in the editor'],
  ['/', 'Search the trace'],
  ['?', 'This list'],
  ['Esc (in the editor or trace)', 'Leave it, so Tab moves on'],
  ['Ctrl + M (in the editor)', 'Tab moves focus instead of indenting (again: back)'],
];

/** The list of shortcuts and what each colour of the trace means. */
export function shortcutsDialog(controller: Controller): HTMLDialogElement {
  const keys = h(
    'table',
    { class: 'shortcuts' },
    ...SHORTCUTS.map(([key, what]) =>
      h('tr', {}, h('th', {}, h('kbd', {}, key)), h('td', {}, what)),
    ),
  );
  const legend = h('ul', { class: 'legend' });
  const render = () => {
    const theme = controller.store.state.theme;
    legend.replaceChildren(
      ...KINDS.map((k) =>
        h(
          'li',
          {},
          h(
            'code',
            {
              style: `color:${roleColour(theme, k.role)};background:${PALETTES[theme].background}`,
            },
            k.trace,
          ),
          ` ${k.description}`,
        ),
      ),
    );
  };
  render();
  const body = h('div', { class: 'dialog-body' }, keys, h('h3', {}, 'The trace'), legend);
  return modal(controller, 'shortcuts', 'Keyboard shortcuts', body, render);
}
