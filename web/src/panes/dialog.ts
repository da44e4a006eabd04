import type { Controller } from '../app/controller';
import type { Dialog } from '../app/store';
import { button, h } from './dom';

/** A modal `<dialog>` shown while the state's `dialog` is `id`; Escape or × closes it. */
export function modal(
  controller: Controller,
  id: Dialog,
  title: string,
  body: HTMLElement,
  onOpen: () => void = () => undefined,
): HTMLDialogElement {
  const close = button('Close', { class: 'btn icon-only ghost dialog-close' }, '×');
  const el = h(
    'dialog',
    { class: 'dialog', 'data-dialog': id, 'aria-labelledby': `dialog-${id}` },
    h('header', { class: 'dialog-head' }, h('h2', { id: `dialog-${id}` }, title), close),
    body,
  );
  close.addEventListener('click', () => controller.closeDialog());
  el.addEventListener('close', () => controller.closeDialog());
  el.addEventListener('click', (e) => e.target === el && controller.closeDialog());
  controller.store.subscribe((s, p) => {
    if (s.dialog === p.dialog) return;
    if (s.dialog === id && !el.open) {
      el.showModal();
      onOpen();
    } else if (s.dialog !== id && el.open) el.close();
  });
  return el;
}
