import { h, icon, type IconName } from './dom';

export interface MenuItem {
  label: string;
  action: string;
  run(): void;
}

/** A drop-down menu (a `<details>`): closes on a pick, a click elsewhere or Escape. */
export function menu(
  label: string,
  iconName: IconName,
  title: string,
  items: MenuItem[],
): HTMLElement {
  const el = h(
    'details',
    { class: 'menu' },
    h(
      'summary',
      { class: 'btn ghost', title, 'aria-label': title, 'data-menu': label.toLowerCase() },
      icon(iconName),
      h('span', {}, label),
    ),
  );
  const list = h('div', { class: 'menu-list', role: 'menu' });
  for (const item of items) {
    const b = h(
      'button',
      { type: 'button', class: 'menu-item', role: 'menuitem', 'data-action': item.action },
      item.label,
    );
    b.addEventListener('click', () => {
      el.removeAttribute('open');
      item.run();
    });
    list.append(b);
  }
  el.append(list);
  document.addEventListener('click', (e) => {
    if (!el.contains(e.target as Node)) el.removeAttribute('open');
  });
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && el.open) {
      el.removeAttribute('open');
      el.querySelector('summary')?.focus();
    }
  });
  return el;
}
