// Small DOM helpers. Text always goes in as text nodes, never as markup.

type Child = Node | string | null | false | undefined;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
const ICONS = {
  play: 'M7 4.5v15l12-7.5z',
  pause: 'M6.5 4.5h4v15h-4zM13.5 4.5h4v15h-4z',
  stop: 'M6 6h12v12H6z',
  step: 'M5 4.5v15l10-7.5zM16.5 4.5h3v15h-3z',
  back: 'M19 4.5v15L9 12zM4.5 4.5h3v15h-3z',
  start: 'M4.5 4.5h3v15h-3zM20 4.5v15l-11-7.5z',
  end: 'M16.5 4.5h3v15h-3zM4 4.5v15l11-7.5z',
  link: 'M10 14a4.5 4.5 0 0 0 6.4 0l3-3a4.5 4.5 0 0 0-6.4-6.4l-1 1M14 10a4.5 4.5 0 0 0-6.4 0l-3 3a4.5 4.5 0 0 0 6.4 6.4l1-1',
  code: 'M8.5 7 3.5 12l5 5M15.5 7l5 5-5 5',
  sun: 'M12 7.5a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8',
  moon: 'M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z',
  download: 'M12 4v11M7 10.5l5 5 5-5M5 19.5h14',
  menu: 'M4 7h16M4 12h16M4 17h16',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5H5V6h5',
  compare: 'M4 5h7v14H4zM13 5h7v14h-7z',
} as const;

export type IconName = keyof typeof ICONS;
const STROKED: ReadonlySet<IconName> = new Set([
  'link',
  'code',
  'sun',
  'moon',
  'download',
  'menu',
  'external',
  'compare',
]);

export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('icon');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', ICONS[name]);
  if (STROKED.has(name)) {
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '2');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
  } else {
    path.setAttribute('fill', 'currentColor');
  }
  svg.append(path);
  return svg;
}

export function button(
  label: string,
  attrs: Record<string, string | boolean | undefined>,
  ...children: Child[]
): HTMLButtonElement {
  return h('button', { type: 'button', title: label, 'aria-label': label, ...attrs }, ...children);
}

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Moves the keyboard to the first control after `el` (Esc leaves the editor and the trace). */
export function focusAfter(el: HTMLElement): void {
  const all = [...document.querySelectorAll<HTMLElement>(TABBABLE)];
  const next = all.find(
    (c) =>
      !el.contains(c) &&
      el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING &&
      c.offsetParent !== null,
  );
  (next ?? el).focus();
}
