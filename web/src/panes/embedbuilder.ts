import type { Controller } from '../app/controller';
import { FILTERS, type TraceFilter } from '../app/kinds';
import { findScenario } from '../scenarios/catalog';
import { copyText, currentStep, embedSnippet, embedUrl } from '../share/links';
import type { EmbedOptions } from '../url/codec';
import { modal } from './dialog';
import { button, h } from './dom';

/** Height the preview starts at, until the embed reports its own. */
const FIRST_HEIGHT = 440;

/** The Embed dialog: options, a live preview and the snippet (iframe + the height script). */
export function embedBuilder(controller: Controller, href: () => string): HTMLDialogElement {
  const check = (name: string, label: string, on = false) => {
    const input = h('input', { type: 'checkbox', 'data-embed': name });
    input.checked = on;
    return { input, el: h('label', { class: 'check' }, input, ` ${label}`) };
  };
  const readonly = check('readonly', 'Read-only (no Edit button)');
  const autorun = check('autorun', 'Run on load', true);
  const editor = check('editor', 'Show the code', true);
  const step = check('step', 'Start at the current event');
  const theme = h(
    'select',
    { class: 'select', 'data-embed': 'theme', 'aria-label': 'Embed theme' },
    h('option', { value: '' }, 'Theme: the reader’s'),
    h('option', { value: 'light' }, 'Theme: light'),
    h('option', { value: 'dark' }, 'Theme: dark'),
  );
  const view = h(
    'select',
    { class: 'select', 'data-embed': 'view', 'aria-label': 'Trace view' },
    ...FILTERS.map((f) => h('option', { value: f.id }, `View: ${f.label}`)),
  );
  const preview = h('iframe', {
    class: 'embed-preview',
    title: 'Preview of the embed',
    'data-role': 'embed-preview',
  });
  const snippet = h('textarea', {
    class: 'snippet',
    readonly: true,
    rows: '5',
    'aria-label': 'Embed code',
    'data-role': 'snippet',
  });
  const copy = button(
    'Copy embed code',
    { class: 'btn primary', 'data-action': 'copy-embed' },
    'Copy embed code',
  );
  let height = FIRST_HEIGHT;

  const options = (): Partial<EmbedOptions> => {
    const state = controller.store.state;
    const at = currentStep(state);
    return {
      readonly: readonly.input.checked,
      autorun: autorun.input.checked,
      editor: editor.input.checked,
      theme: theme.value === 'light' || theme.value === 'dark' ? theme.value : null,
      step: step.input.checked ? at : null,
    };
  };
  const stateForView = () => ({ ...controller.store.state, filter: view.value as TraceFilter });
  const title = () => {
    const example = controller.store.state.example;
    return (example !== null ? findScenario(example)?.title : null) ?? 'async Rust';
  };
  const renderSnippet = () => {
    snippet.value = embedSnippet(stateForView(), href(), options(), height, title());
  };
  const update = () => {
    const at = currentStep(controller.store.state);
    step.input.disabled = at === null;
    step.el.lastChild!.textContent =
      at === null ? ' Start at the current event (step first)' : ` Start at event ${at}`;
    preview.src = embedUrl(stateForView(), href(), options());
    renderSnippet();
  };
  for (const input of [readonly.input, autorun.input, editor.input, step.input, theme, view]) {
    input.addEventListener('change', update);
  }
  window.addEventListener('message', (e) => {
    if (e.source !== preview.contentWindow || e.data?.type !== 'pollscope:height') return;
    height = Number(e.data.height) || height;
    preview.style.height = `${height}px`;
    renderSnippet();
  });
  copy.addEventListener('click', async () => {
    controller.toast(
      (await copyText(snippet.value)) ? 'Embed code copied' : 'Copying is blocked by the browser',
    );
  });
  const body = h(
    'div',
    { class: 'dialog-body embed-builder' },
    h('div', { class: 'embed-options' }, readonly.el, autorun.el, editor.el, step.el, theme, view),
    preview,
    h('div', { class: 'snippet-row' }, snippet, copy),
  );
  return modal(controller, 'embed', 'Embed in a page', body, () => {
    view.value = controller.store.state.filter;
    // The reader's place in the trace is kept by default.
    step.input.checked = currentStep(controller.store.state) !== null;
    update();
  });
}
