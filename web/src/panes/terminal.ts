import { Terminal, type IDecoration } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import type { SearchAddon } from '@xterm/addon-search';
import '@xterm/xterm/css/xterm.css';
import type { Controller } from '../app/controller';
import type { AppState } from '../app/store';
import { summaryParts } from '../app/summary';
import type { Trace } from '../app/trace';
import { visible } from '../app/view';
import { eventRows, MIN_TIME_WIDTH, noteRows, summaryRows, timeLabel } from '../term/line';
import { PALETTES, terminalTheme } from '../term/palette';
import { UNICODE_PROVIDER } from '../term/width';
import { focusAfter } from './dom';

/** Lines the terminal keeps; older lines of a long trace live only in the recorded trace. */
const SCROLLBACK = 5000;
/** Events handed to xterm per write (xterm parses one write in one task, at ~0.1 ms a line on a
 * slow machine); the next write waits for this one. Keeps every main-thread task well under 100 ms. */
const EVENTS_PER_WRITE = 120;
/** Events written after a jump (seek back, filter change, or falling far behind a fast run). */
const RESET_TAIL = 150;
/** Events the terminal may lag behind the cursor before it jumps to the tail instead of catching up. */
const MAX_LAG = 2000;
/** While a run streams in faster than it can be read, the tail is redrawn at most this often. */
const LIVE_TAIL_MS = 120;
/** Most rows lit at once for the editor's line. */
const MAX_LIT_ROWS = 400;
const HIDE_CURSOR = '\x1b[?25l';
/** Marks a row that shows no event (notes, the summary). */
const NO_EVENT = -1;

export interface TerminalOptions {
  fontSize?: number;
}

/** The trace as text: streams in one batched write per frame and follows the playback cursor.
 * A click on a line picks its event, arrow keys step, and the events of the editor's line are lit. */
export class TerminalPane {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  /** xterm's search, loaded with the first search (the embed never needs it). */
  private searcher: SearchAddon | null = null;
  private trace: Trace | null = null;
  /** Filters and width the terminal's rows were written for. */
  private layoutKey = '';
  private written = 0;
  /** The event shown on each row written since the last reset. */
  private rowEvents: number[] = [];
  /** Rows xterm has parsed (the rest are in a pending write). */
  private parsedRows = 0;
  private summaryShown = false;
  private writing = false;
  private frame = 0;
  private lastJump = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Width of the time column for the trace on screen, from its latest event at the last reset. */
  private timeWidth = MIN_TIME_WIDTH;
  private lit: IDecoration[] = [];
  /** Rows already checked for lighting since the last reset of the lit rows. */
  private litUpTo = 0;
  /** `performance.now()` when the last write that completed a trace (summary included) was parsed. */
  shownAt = 0;

  constructor(
    private readonly host: HTMLElement,
    private readonly controller: Controller,
    options: TerminalOptions = {},
  ) {
    const store = controller.store;
    this.term = new Terminal({
      convertEol: true,
      disableStdin: true,
      cursorBlink: false,
      cursorInactiveStyle: 'none',
      scrollback: SCROLLBACK,
      fontFamily: '"JetBrains Mono", "Cascadia Mono", "Fira Code", Menlo, Consolas, monospace',
      fontSize: options.fontSize ?? 13,
      lineHeight: 1.2,
      theme: terminalTheme(store.state.theme),
      drawBoldTextInBrightColors: false,
      screenReaderMode: true,
      allowProposedApi: true,
    });
    this.term.loadAddon(this.fit);
    this.term.unicode.register(UNICODE_PROVIDER);
    this.term.unicode.activeVersion = UNICODE_PROVIDER.version;
    this.term.open(host);
    this.term.attachCustomKeyEventHandler((event) => this.key(event));
    host.addEventListener('click', (event) => this.click(event));
    new ResizeObserver(() => this.refit()).observe(host);
    this.refit();
    store.subscribe((state, previous) => {
      if (state.theme !== previous.theme) {
        this.term.options.theme = terminalTheme(state.theme);
        this.relight();
      } else if (state.selected !== previous.selected || state.sourceLine !== previous.sourceLine) {
        this.relight();
      }
      if (state.search !== previous.search) void this.find(state);
      this.schedule();
    });
    this.schedule();
  }

  private refit(): void {
    requestAnimationFrame(() => {
      try {
        this.fit.fit();
      } catch {
        // A hidden host has no size; the next resize fits.
      }
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.frame === 0) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.pump();
      });
    }
  }

  /** Keys on the trace: Tab and Escape leave it, arrows step, Enter picks the current event. */
  private key(event: KeyboardEvent): boolean {
    if (event.type !== 'keydown') return false;
    const c = this.controller;
    const actions: Record<string, () => void> = {
      ArrowRight: () => c.step(1),
      ArrowDown: () => c.step(1),
      ArrowLeft: () => c.step(-1),
      ArrowUp: () => c.step(-1),
      Home: () => c.toStart(),
      End: () => c.toEnd(),
      Enter: () => c.select(c.store.state.cursor - 1),
      Escape: () => focusAfter(this.host),
    };
    if (event.key === 'Tab') return false;
    const action = event.ctrlKey || event.metaKey || event.altKey ? undefined : actions[event.key];
    if (!action) return true;
    event.preventDefault();
    action();
    return false;
  }

  /** The event on the row under a click, picked (a drag that selects text picks nothing). */
  private click(event: MouseEvent): void {
    if (this.term.hasSelection()) return;
    const screen = this.host.querySelector('.xterm-screen');
    if (!screen) return;
    const rect = screen.getBoundingClientRect();
    const y = Math.floor(((event.clientY - rect.top) / rect.height) * this.term.rows);
    if (y < 0 || y >= this.term.rows) return;
    const buffer = this.term.buffer.active;
    const k = buffer.viewportY + y - (buffer.baseY + buffer.cursorY) + this.parsedRows;
    const picked = this.rowEvents[k];
    this.controller.select(picked === undefined || picked === NO_EVENT ? null : picked);
  }

  /** The search addon, loaded and hooked to the state on first use. */
  private async loadSearch(): Promise<SearchAddon> {
    if (this.searcher) return this.searcher;
    const { SearchAddon } = await import('@xterm/addon-search');
    this.searcher ??= new SearchAddon({ highlightLimit: 1000 });
    this.term.loadAddon(this.searcher);
    this.searcher.onDidChangeResults(({ resultIndex, resultCount }) =>
      this.controller.setSearchResult(
        resultCount > 0 ? { index: resultIndex + 1, count: resultCount } : { index: 0, count: 0 },
      ),
    );
    return this.searcher;
  }

  /** Runs the state's search in the terminal (forwards or backwards from the current match). */
  private async find(state: AppState): Promise<void> {
    const { query, backwards } = state.search;
    if (query === '') {
      this.searcher?.clearDecorations();
      this.controller.setSearchResult(null);
      return;
    }
    const searcher = await this.loadSearch();
    const p = PALETTES[state.theme];
    const options = {
      decorations: {
        matchBackground: p.match,
        activeMatchBackground: p.selected,
        activeMatchBorder: p.slots.red,
        matchOverviewRuler: p.match,
        activeMatchColorOverviewRuler: p.slots.red,
      },
    };
    if (backwards) searcher.findPrevious(query, options);
    else searcher.findNext(query, options);
  }

  private showsSummary(state: AppState): boolean {
    const ended = state.run.phase === 'done' || state.run.phase === 'stopped';
    return ended && state.cursor >= state.trace.count;
  }

  /** First event to write so that at most `events` shown events precede the cursor. */
  private tailStart(state: AppState, events: number): number {
    let shown = 0;
    for (let i = state.cursor - 1; i >= 0; i--) {
      if (visible(state, i) && ++shown >= events) return i;
    }
    return 0;
  }

  private timeWidthOf(trace: Trace): number {
    if (trace.count === 0) return MIN_TIME_WIDTH;
    return Math.max(MIN_TIME_WIDTH, timeLabel(trace.timeUs(trace.count - 1)).length);
  }

  /** Whether the run is streaming in too fast to show every line. */
  private live(state: AppState): boolean {
    return state.run.phase === 'running' && state.follow && state.trace === this.trace;
  }

  private rows(rows: string[], event: number): string {
    for (let i = 0; i < rows.length; i++) this.rowEvents.push(event);
    return rows.length === 0 ? '' : rows.join('\n') + '\n';
  }

  /** Clears the terminal for a trace written from event `start`. */
  private reset(state: AppState, start: number): string {
    this.lastJump = performance.now();
    this.term.reset();
    this.unlight();
    this.searcher?.clearDecorations();
    this.trace = state.trace;
    this.layoutKey = this.keyOf(state);
    this.summaryShown = false;
    this.written = start;
    this.rowEvents = [];
    this.parsedRows = 0;
    this.timeWidth = this.timeWidthOf(state.trace);
    let out = HIDE_CURSOR;
    const cols = this.term.cols;
    if (start > 0) {
      const skipped = `… ${start.toLocaleString('en-US')} earlier events (download the trace for all of them)`;
      out += this.rows(noteRows(skipped, cols), NO_EVENT);
    }
    if (state.trace.count === 0 && state.run.phase === 'idle') {
      const hint = 'Press Run (Ctrl+Enter) to record a trace, or Step to walk through it.';
      out += this.rows(noteRows(hint, cols), NO_EVENT);
    }
    return out;
  }

  private keyOf(state: AppState): string {
    return `${state.filter}/${state.taskFilter}/${this.term.cols}`;
  }

  private pump(): void {
    if (this.writing) return;
    const state = this.store.state;
    const mustReset =
      state.trace !== this.trace ||
      this.keyOf(state) !== this.layoutKey ||
      state.cursor < this.written ||
      (this.summaryShown && !this.showsSummary(state));
    let out = '';
    if (mustReset || state.cursor - this.written > MAX_LAG) {
      // A live run far ahead of the terminal: show one screen of its tail, a few times a second
      // (every line in between is in the recorded trace); the full tail comes when it ends.
      const live = !mustReset && this.live(state);
      if (live) {
        const wait = this.lastJump + LIVE_TAIL_MS - performance.now();
        if (wait > 0) {
          this.timer ??= setTimeout(() => {
            this.timer = null;
            this.schedule();
          }, wait);
          return;
        }
      }
      const start = this.tailStart(state, live ? this.term.rows : RESET_TAIL);
      if (mustReset || start > this.written) out += this.reset(state, start);
    }
    const trace = state.trace;
    const layout = { timeWidth: this.timeWidth, cols: this.term.cols };
    let end = this.written;
    for (let events = 0; end < state.cursor && events < EVENTS_PER_WRITE; end++) {
      if (!visible(state, end)) continue;
      out += this.rows(eventRows(trace, end, layout), end);
      events++;
    }
    this.written = end;
    if (end >= state.cursor && !this.summaryShown && this.showsSummary(state)) {
      const parts = summaryParts(state.run.summary, trace.count);
      const status = state.run.summary?.status ?? 'stopped';
      out +=
        this.rows([''], NO_EVENT) + this.rows(summaryRows(status, parts, layout.cols), NO_EVENT);
      this.summaryShown = true;
    }
    if (out === '') return;
    this.writing = true;
    const complete = this.summaryShown;
    const rows = this.rowEvents.length;
    this.term.write(out, () => {
      this.writing = false;
      this.parsedRows = rows;
      this.light();
      if (complete) this.shownAt = performance.now();
      this.schedule();
    });
  }

  private get store() {
    return this.controller.store;
  }

  private unlight(): void {
    for (const d of this.lit) d.dispose();
    this.lit = [];
    this.litUpTo = 0;
  }

  /** Lights rows again from the start (the picked event, the editor's line or the theme changed). */
  private relight(): void {
    this.unlight();
    if (!this.writing) this.light();
  }

  /** Lights the rows parsed since the last call: the picked event's and the editor line's. */
  private light(): void {
    const state = this.store.state;
    const { selected, sourceLine } = state;
    const first = Math.max(this.litUpTo, this.parsedRows - this.term.buffer.active.length);
    this.litUpTo = this.parsedRows;
    if (selected === null && sourceLine === null) return;
    const p = PALETTES[state.theme];
    for (let k = first; k < this.parsedRows && this.lit.length < MAX_LIT_ROWS; k++) {
      const event = this.rowEvents[k] ?? NO_EVENT;
      if (event === NO_EVENT) continue;
      const picked = event === selected;
      if (!picked && (sourceLine === null || state.trace.span(event)?.line !== sourceLine))
        continue;
      const marker = this.term.registerMarker(k - this.parsedRows);
      const decoration = this.term.registerDecoration({
        marker,
        width: this.term.cols,
        backgroundColor: picked ? p.selected : p.related,
        layer: 'bottom',
      });
      if (decoration) {
        decoration.onRender((el) => el.classList.add(picked ? 'row-picked' : 'row-related'));
        this.lit.push(decoration);
      } else marker.dispose();
    }
  }
}
