import './styles/base.css';
import './styles/app.css';
import { stateFromLink } from './app/boot';
import { Controller } from './app/controller';
import { Store } from './app/store';
import { applyTheme, saveTheme, savedTheme, systemTheme } from './app/theme';
import { BannerPane } from './panes/banner';
import { button, h, icon } from './panes/dom';
import { EditorPane } from './panes/editor';
import { FilterBar } from './panes/filter';
import { GalleryPane } from './panes/gallery';
import { OptionsBar } from './panes/options';
import { PlaybackBar } from './panes/playback';
import { StatusLine } from './panes/status';
import { TerminalPane } from './panes/terminal';
import { TraceMenu } from './panes/tracemenu';
import { findScenario, scenarioSource } from './scenarios/catalog';
import { copyText, embedSnippet, linkStateOf, shareLink } from './share/links';
import { formatHash, parseHash } from './url/codec';

const store = new Store(
  await stateFromLink(parseHash(location.hash), savedTheme() ?? systemTheme()),
);
const controller = new Controller(store);
applyTheme(store.state.theme);

async function copyShareLink(): Promise<void> {
  const ok = await copyText(shareLink(store.state, location.href));
  controller.toast(ok ? 'Link copied' : 'Copying is blocked by the browser');
}

async function copyEmbed(): Promise<void> {
  const ok = await copyText(embedSnippet(store.state, location.href));
  controller.toast(ok ? 'Embed code copied' : 'Copying is blocked by the browser');
}

// Header
const title = h('span', { class: 'doc-title', 'data-role': 'title' });
const themeBtn = button('Toggle light/dark theme', {
  class: 'btn icon-only ghost',
  'data-action': 'theme',
});
const shareBtn = button(
  'Copy a link to this program (Ctrl+S)',
  { class: 'btn ghost', 'data-action': 'share' },
  icon('link'),
  h('span', {}, 'Share'),
);
const embedBtn = button(
  'Copy embed code',
  { class: 'btn ghost', 'data-action': 'embed' },
  icon('code'),
  h('span', {}, 'Embed'),
);
const galleryBtn = button(
  'Examples',
  { class: 'btn icon-only ghost gallery-toggle', 'data-action': 'gallery' },
  icon('menu'),
);
shareBtn.addEventListener('click', () => void copyShareLink());
embedBtn.addEventListener('click', () => void copyEmbed());
themeBtn.addEventListener('click', () => {
  const next = store.state.theme === 'dark' ? 'light' : 'dark';
  saveTheme(next);
  controller.setTheme(next);
});
const header = h(
  'header',
  { class: 'topbar' },
  galleryBtn,
  h(
    'a',
    { class: 'logo', href: './', title: 'pollscope' },
    h('span', { class: 'logo-mark', 'aria-hidden': 'true' }),
    'pollscope',
  ),
  title,
  h('span', { class: 'spacer' }),
  shareBtn,
  embedBtn,
  themeBtn,
);

// Panes
const banner = new BannerPane(controller);
let picked = 0;
const gallery = new GalleryPane(store, (scenario) => {
  const serial = ++picked;
  document.body.classList.remove('gallery-open');
  scenarioSource(scenario.name).then(
    (source) => {
      if (serial !== picked) return;
      controller.setSource(source, scenario.name);
      controller.run();
    },
    (error: unknown) =>
      controller.showBanner({
        tone: 'error',
        text: `The example could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      }),
  );
});
galleryBtn.addEventListener('click', () => document.body.classList.toggle('gallery-open'));

const editorHost = h('div', { class: 'editor-host', 'data-pane': 'editor' });
const terminalHost = h('div', { class: 'terminal-host', 'data-pane': 'terminal' });
const options = new OptionsBar(controller);
const playback = new PlaybackBar(controller);
const filter = new FilterBar(controller);
const status = new StatusLine(store);
const traceMenu = new TraceMenu(controller);

const editorPanel = h(
  'section',
  { class: 'panel editor-panel' },
  h(
    'div',
    { class: 'panel-head' },
    h('span', { class: 'panel-title' }, 'main.rs'),
    h('span', { class: 'spacer' }),
    options.el,
  ),
  editorHost,
);
const terminalPanel = h(
  'section',
  { class: 'panel terminal-panel' },
  h(
    'div',
    { class: 'panel-head' },
    h('span', { class: 'panel-title' }, 'trace'),
    filter.el,
    h('span', { class: 'spacer' }),
    traceMenu.el,
  ),
  terminalHost,
  h('div', { class: 'panel-foot' }, playback.el, status.el),
);
const pictures = h('section', {
  class: 'panel pictures-panel',
  hidden: true,
  'data-pane': 'pictures',
});
const workspace = h(
  'main',
  { class: 'workspace' },
  banner.el,
  editorPanel,
  terminalPanel,
  pictures,
);
document.body.append(
  header,
  h('div', { class: 'layout' }, h('aside', { class: 'sidebar' }, gallery.el), workspace),
  banner.toast,
);

const editor = new EditorPane(editorHost, controller, {
  readOnly: false,
  onRun: () => controller.run(),
  onShare: () => void copyShareLink(),
});
const terminal = new TerminalPane(terminalHost, store);

// Title, theme and the URL follow the state.
let hashTimer: ReturnType<typeof setTimeout> | null = null;
function render(): void {
  const state = store.state;
  const scenario = state.example !== null ? findScenario(state.example) : null;
  title.textContent = scenario ? scenario.title : 'Your program';
  themeBtn.replaceChildren(icon(state.theme === 'dark' ? 'sun' : 'moon'));
  applyTheme(state.theme);
}
store.subscribe((state, previous) => {
  render();
  const linkChanged =
    state.source !== previous.source ||
    state.example !== previous.example ||
    state.options !== previous.options ||
    state.filter !== previous.filter ||
    state.speed !== previous.speed;
  if (linkChanged) {
    if (hashTimer !== null) clearTimeout(hashTimer);
    hashTimer = setTimeout(
      () => history.replaceState(null, '', `#${formatHash(linkStateOf(store.state))}`),
      300,
    );
  }
});
render();

window.addEventListener('keydown', (event) => {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key.toLowerCase() === 's') {
    event.preventDefault();
    void copyShareLink();
  } else if (mod && event.key === 'Enter') {
    event.preventDefault();
    controller.run();
  }
});
window.addEventListener('hashchange', async () => {
  const next = await stateFromLink(parseHash(location.hash), store.state.theme);
  if (next.source === store.state.source && next.banner === null) return;
  controller.setSource(next.source, next.example);
  store.update({
    options: next.options,
    filter: next.filter,
    speed: next.speed,
    banner: next.banner,
  });
});

controller.scheduleCheck();
if (store.state.banner === null)
  history.replaceState(null, '', `#${formatHash(linkStateOf(store.state))}`);

Object.assign(window, {
  __pollscope: {
    store,
    controller,
    terminal: terminal.term,
    terminalShownAt: () => terminal.shownAt,
    highlightedLine: () => editor.highlightedLine(),
    editor: editor.editor,
  },
});
