import './styles/base.css';
import './styles/embed.css';
import { stateFromLink } from './app/boot';
import { Controller } from './app/controller';
import { Store } from './app/store';
import { applyTheme, systemTheme } from './app/theme';
import { BannerPane } from './panes/banner';
import { CodeView } from './panes/codeview';
import { button, h, icon } from './panes/dom';
import { FilterBar } from './panes/filter';
import { PlaybackBar } from './panes/playback';
import { runButtons } from './panes/runbutton';
import { StatusLine } from './panes/status';
import { TerminalPane } from './panes/terminal';
import { findScenario } from './scenarios/catalog';
import { openInPageLink } from './share/links';
import { parseHash } from './url/codec';

// The embed reads its hash once and never writes the URL or storage.
const parsed = parseHash(location.hash);
const embed = parsed.state.embed;
const store = new Store(await stateFromLink(parsed, embed.theme ?? systemTheme()));
const controller = new Controller(store);
applyTheme(store.state.theme);
if (embed.height !== null)
  document.documentElement.style.setProperty('--embed-height', `${embed.height}px`);

const scenario = store.state.example !== null ? findScenario(store.state.example) : null;
const open = h(
  'a',
  { class: 'btn ghost open-link', target: '_blank', rel: 'noopener', 'data-role': 'open' },
  icon('external'),
  h('span', {}, 'Open in pollscope'),
);
const editBtn = button(
  'Edit this program',
  { class: 'btn ghost', 'data-action': 'edit' },
  icon('code'),
  h('span', {}, 'Edit'),
);
editBtn.hidden = embed.readonly || !embed.editor;

const banner = new BannerPane(controller);
const playback = new PlaybackBar(controller);
const filter = new FilterBar(controller);
const status = new StatusLine(store);
const codeHost = h('div', { class: 'code-host', 'data-pane': 'code' });
const terminalHost = h('div', { class: 'terminal-host', tabindex: '-1', 'data-pane': 'terminal' });

const top = h(
  'header',
  { class: 'embed-top' },
  h(
    'span',
    { class: 'logo small' },
    h('span', { class: 'logo-mark', 'aria-hidden': 'true' }),
    'pollscope',
  ),
  h('span', { class: 'doc-title' }, scenario?.title ?? 'async Rust'),
  h('span', { class: 'spacer' }),
  editBtn,
  open,
);
const body = h(
  'div',
  { class: `embed-body${embed.editor ? '' : ' trace-only'}` },
  embed.editor ? h('section', { class: 'panel code-panel' }, codeHost) : null,
  h(
    'section',
    { class: 'panel terminal-panel' },
    h('div', { class: 'panel-head' }, filter.el, h('span', { class: 'spacer' }), status.el),
    terminalHost,
  ),
);
const root = h(
  'div',
  { class: 'embed' },
  top,
  banner.el,
  body,
  h('footer', { class: 'embed-foot' }, runButtons(controller), playback.el),
  banner.toast,
);
document.body.append(root);

const code = embed.editor ? new CodeView(codeHost, store) : null;
const terminal = new TerminalPane(terminalHost, controller, { fontSize: 12 });
let highlighted: () => number | null = () => code?.highlightedLine() ?? null;

editBtn.addEventListener('click', async () => {
  editBtn.disabled = true;
  const { EditorPane } = await import('./panes/editor');
  code?.dispose();
  const host = h('div', { class: 'editor-host' });
  codeHost.replaceChildren(host);
  codeHost.classList.add('editing');
  const editor = new EditorPane(host, controller, {
    readOnly: false,
    onRun: () => controller.run(),
    onShare: () => undefined,
  });
  highlighted = () => editor.highlightedLine();
  editBtn.hidden = true;
  controller.scheduleCheck();
});

store.subscribe(() => {
  open.setAttribute('href', openInPageLink(store.state, location.href));
});
open.setAttribute('href', openInPageLink(store.state, location.href));

// Report the content height so the host page can size the iframe: at once, on load, and on every
// change. Chromium pauses rendering (and so ResizeObserver) in a frame below the fold, so the first
// reports do not wait for it.
let lastHeight = 0;
function reportHeight(): void {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'pollscope:height', height }, '*');
}
reportHeight();
setTimeout(reportHeight, 0);
window.addEventListener('load', reportHeight);
new ResizeObserver(reportHeight).observe(root);

window.addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
    event.preventDefault();
    controller.run();
  }
});

if (embed.autorun) controller.run(embed.step === null, embed.step);
else if (embed.step !== null) controller.run(false, embed.step);

Object.assign(window, {
  __pollscope: {
    store,
    controller,
    terminal: terminal.term,
    terminalShownAt: () => terminal.shownAt,
    highlightedLine: () => highlighted(),
  },
});
