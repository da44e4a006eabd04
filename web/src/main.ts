import './styles/base.css';
import './styles/app.css';
import { stateFromLink } from './app/boot';
import { Controller } from './app/controller';
import { loadDraft, saveDraft } from './app/drafts';
import { Store } from './app/store';
import { applyTheme, saveTheme, savedTheme, systemTheme } from './app/theme';
import { isStale } from './app/view';
import { BannerPane } from './panes/banner';
import { compareDialog } from './panes/comparepane';
import { button, h, icon } from './panes/dom';
import { EditorPane } from './panes/editor';
import { embedBuilder } from './panes/embedbuilder';
import { FilterBar } from './panes/filter';
import { GalleryPane } from './panes/gallery';
import { menu } from './panes/menu';
import { OptionsBar } from './panes/options';
import { PlaybackBar } from './panes/playback';
import { runButtons } from './panes/runbutton';
import { shortcutsDialog } from './panes/shortcuts';
import { StatusLine } from './panes/status';
import { TerminalPane } from './panes/terminal';
import { traceMenu } from './panes/tracemenu';
import { SearchBox, TaskFilter } from './panes/tracetools';
import { findScenario, scenarioSource } from './scenarios/catalog';
import { cargoProject, crateName, playgroundUrl } from './share/cargo';
import { copyText, linkStateOf, shareLink } from './share/links';
import { KINDS } from './app/kinds';
import { PALETTES, ROLE_STYLE } from './term/palette';
import { formatHash, parseHash } from './url/codec';

// The starting state: the link, else the reader's kept draft, else the default example.
const parsed = parseHash(location.hash);
const linkTheme = parsed.state.embed.theme;
const initial = await stateFromLink(parsed, linkTheme ?? savedTheme() ?? systemTheme());
initial.draft = loadDraft();
const restoreDraft = location.hash === '' && initial.draft !== null;
if (restoreDraft && initial.draft !== null) {
  initial.source = initial.draft;
  initial.example = null;
}
const store = new Store(initial);
const controller = new Controller(store);
applyTheme(store.state.theme);

async function copyShareLink(): Promise<void> {
  const ok = await copyText(shareLink(store.state, location.href));
  controller.toast(ok ? 'Link copied' : 'Copying is blocked by the browser');
}

async function copyCargoProject(): Promise<void> {
  const text = cargoProject(crateName(store.state.example), store.state.source);
  const ok = await copyText(text);
  controller.toast(
    ok ? 'Cargo project copied: paste it into a shell' : 'Copying is blocked by the browser',
  );
}

// Header: the skip link, the examples toggle, Run, sharing, help and the theme.
const skip = h('a', { class: 'skip-link', href: '#editor' }, 'Skip to the editor');
const title = h('span', { class: 'doc-title', 'data-role': 'title' });
const themeBtn = button('Toggle light/dark theme', {
  class: 'btn icon-only ghost',
  'data-action': 'theme',
});
const galleryBtn = button(
  'Examples',
  { class: 'btn icon-only ghost gallery-toggle', 'data-action': 'gallery' },
  icon('menu'),
);
const helpBtn = button(
  'Keyboard shortcuts (?)',
  { class: 'btn icon-only ghost', 'data-action': 'help' },
  '?',
);
const compareBtn = button(
  'Compare two seeds or Tokio versions',
  { class: 'btn ghost', 'data-action': 'compare' },
  icon('compare'),
  h('span', {}, 'Compare'),
);
const shareMenu = menu('Share', 'link', 'Share, embed or run on real Tokio', [
  { label: 'Copy link (Ctrl+S)', action: 'share', run: () => void copyShareLink() },
  { label: 'Embed in a page…', action: 'embed', run: () => controller.openDialog('embed') },
  {
    label: 'Open in the Rust Playground',
    action: 'playground',
    run: () => window.open(playgroundUrl(store.state.source), '_blank', 'noopener'),
  },
  { label: 'Copy as a Cargo project', action: 'cargo', run: () => void copyCargoProject() },
]);
themeBtn.addEventListener('click', () => {
  const next = store.state.theme === 'dark' ? 'light' : 'dark';
  saveTheme(next);
  controller.setTheme(next);
});
helpBtn.addEventListener('click', () => controller.openDialog('shortcuts'));
compareBtn.addEventListener('click', () => controller.openDialog('compare'));
galleryBtn.addEventListener('click', () => document.body.classList.toggle('gallery-open'));
const header = h(
  'header',
  { class: 'topbar' },
  galleryBtn,
  h(
    'a',
    { class: 'logo', href: './', title: 'pollscope' },
    h('span', { class: 'logo-mark', 'aria-hidden': 'true' }),
    h('span', { class: 'logo-text' }, 'pollscope'),
  ),
  title,
  runButtons(controller),
  h('span', { class: 'spacer' }),
  shareMenu,
  compareBtn,
  helpBtn,
  themeBtn,
);

// Panes
const banner = new BannerPane(controller);
let picked = 0;
const gallery = new GalleryPane(
  store,
  (scenario) => {
    const serial = ++picked;
    document.body.classList.remove('gallery-open');
    const hadDraft = store.state.example === null && store.state.source === store.state.draft;
    scenarioSource(scenario.name).then(
      (source) => {
        if (serial !== picked) return;
        controller.setSource(source, scenario.name);
        controller.run();
        if (hadDraft)
          controller.toast('Your draft is kept: “Your draft” in Examples brings it back');
      },
      (error: unknown) =>
        controller.showBanner({
          tone: 'error',
          text: `The example could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        }),
    );
  },
  () => {
    document.body.classList.remove('gallery-open');
    if (store.state.draft !== null) controller.setSource(store.state.draft, null);
  },
);

const editorHost = h('div', { class: 'editor-host', id: 'editor', 'data-pane': 'editor' });
const terminalHost = h('div', { class: 'terminal-host', tabindex: '-1', 'data-pane': 'terminal' });
const options = new OptionsBar(controller);
const playback = new PlaybackBar(controller);
const filter = new FilterBar(controller);
const tasks = new TaskFilter(controller);
const search = new SearchBox(controller);
const status = new StatusLine(store);
const traceStale = h(
  'span',
  {
    class: 'stale-badge',
    'data-role': 'trace-stale',
    hidden: true,
    title: 'The program changed since this run',
  },
  'out of date — Run again',
);

const editorPanel = h(
  'section',
  { class: 'panel editor-panel', 'aria-label': 'Program' },
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
  { class: 'panel terminal-panel', 'aria-label': 'Trace' },
  h(
    'div',
    { class: 'panel-head' },
    h('span', { class: 'panel-title' }, 'trace'),
    traceStale,
    filter.el,
    tasks.el,
    search.el,
    h('span', { class: 'spacer' }),
    traceMenu(controller),
  ),
  terminalHost,
  h('div', { class: 'panel-foot' }, playback.el, status.el),
);
const workspace = h('main', { class: 'workspace' }, banner.el, editorPanel, terminalPanel);
document.body.append(
  skip,
  header,
  h('div', { class: 'layout' }, workspace, h('aside', { class: 'sidebar' }, gallery.el)),
  banner.toast,
  shortcutsDialog(controller),
  embedBuilder(controller, () => location.href),
  compareDialog(controller),
);

const editor = new EditorPane(editorHost, controller, {
  readOnly: false,
  onRun: () => controller.run(),
  onShare: () => void copyShareLink(),
});
const terminal = new TerminalPane(terminalHost, controller);
skip.addEventListener('click', (e) => {
  e.preventDefault();
  editor.editor.focus();
});

// Title, theme, the stale cue, the draft and the URL follow the state.
let hashTimer: ReturnType<typeof setTimeout> | null = null;
function render(): void {
  const state = store.state;
  const scenario = state.example !== null ? findScenario(state.example) : null;
  title.textContent = scenario
    ? scenario.title
    : state.source === state.draft
      ? 'Your draft'
      : 'Your program';
  themeBtn.replaceChildren(icon(state.theme === 'dark' ? 'sun' : 'moon'));
  applyTheme(state.theme);
  const stale = isStale(state);
  traceStale.hidden = !stale;
  terminalPanel.classList.toggle('stale', stale);
}
store.subscribe((state, previous) => {
  render();
  if (state.draft !== previous.draft) saveDraft(state.draft);
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

/** Whether a key press belongs to a text field or the editor rather than to the page. */
function typing(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  if (el === null || el.closest('.xterm') !== null) return false;
  return el.closest('.monaco-editor') !== null || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
}

window.addEventListener('keydown', (event) => {
  const mod = event.ctrlKey || event.metaKey;
  if (mod && event.key.toLowerCase() === 's') {
    event.preventDefault();
    void copyShareLink();
  } else if (mod && event.key === 'Enter') {
    event.preventDefault();
    controller.run();
  } else if (!mod && !typing(event.target) && store.state.dialog === null) {
    if (event.key === '/') {
      event.preventDefault();
      search.focus();
    } else if (event.key === '?') {
      event.preventDefault();
      controller.openDialog('shortcuts');
    }
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
if (restoreDraft) controller.toast('Your draft is back');
if (parsed.state.embed.step !== null && store.state.banner === null) {
  controller.run(false, parsed.state.embed.step);
}
if (store.state.banner === null && !restoreDraft)
  history.replaceState(null, '', `#${formatHash(linkStateOf(store.state))}`);

Object.assign(window, {
  __pollscope: {
    store,
    controller,
    terminal: terminal.term,
    terminalShownAt: () => terminal.shownAt,
    highlightedLine: () => editor.highlightedLine(),
    editor: editor.editor,
    /** Each kind's colour in the terminal's live theme, and the backgrounds it is drawn on. */
    kindColours: () => {
      const theme = terminal.term.options.theme ?? {};
      const p = PALETTES[store.state.theme];
      return KINDS.map((k) => ({
        name: k.name,
        colour: theme[ROLE_STYLE[k.role].slot],
        backgrounds: [theme.background, p.selected, p.related, p.match],
      }));
    },
  },
});
