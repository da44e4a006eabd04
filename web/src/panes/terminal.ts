import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { passes } from '../app/kinds';
import type { AppState, Store } from '../app/store';
import { terminalTheme } from '../app/theme';
import type { Trace } from '../app/trace';
import { escapeForTerminal } from '../term/escape';
import { compactTime, MIN_TIME_WIDTH, styleLine, styleNote, styleSummary } from '../term/style';
import { summaryText } from './summary';

/** Lines the terminal keeps; older lines of a long trace live only in the recorded trace. */
const SCROLLBACK = 5000;
/** Lines handed to xterm per write (xterm parses one write in one task, at ~0.1 ms a line on a slow
 * machine); the next write waits for this one. Keeps every main-thread task well under 100 ms. */
const LINES_PER_WRITE = 120;
/** Lines written after a jump (seek back, filter change, or falling far behind a fast run). */
const RESET_TAIL = 150;
/** Events the terminal may lag behind the cursor before it jumps to the tail instead of catching up. */
const MAX_LAG = 2000;
/** While a run streams in faster than it can be read, the tail is redrawn at most this often. */
const LIVE_TAIL_MS = 120;
const HIDE_CURSOR = '\x1b[?25l';
export interface TerminalOptions {
  fontSize?: number;
}

/** The trace as text: streams in one batched write per frame, follows the playback cursor. */
export class TerminalPane {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  private trace: Trace | null = null;
  private filter: string | null = null;
  private written = 0;
  private summaryShown = false;
  private writing = false;
  private frame = 0;
  private lastJump = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Width of the time column for the trace on screen, from its latest event at the last reset. */
  private timeWidth = MIN_TIME_WIDTH;
  /** `performance.now()` when the last write that completed a trace (summary included) was parsed. */
  shownAt = 0;

  constructor(
    host: HTMLElement,
    private readonly store: Store,
    options: TerminalOptions = {},
  ) {
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
    });
    this.term.loadAddon(this.fit);
    this.term.open(host);
    new ResizeObserver(() => this.refit()).observe(host);
    this.refit();
    store.subscribe((state, previous) => {
      if (state.theme !== previous.theme) this.term.options.theme = terminalTheme(state.theme);
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

  private showsSummary(state: AppState): boolean {
    const ended = state.run.phase === 'done' || state.run.phase === 'stopped';
    return ended && state.cursor >= state.trace.count;
  }

  /** First event to write so that at most `lines` visible lines precede the cursor. */
  private tailStart(state: AppState, lines: number): number {
    let visible = 0;
    for (let i = state.cursor - 1; i >= 0; i--) {
      if (passes(state.filter, state.trace.kind(i)) && ++visible >= lines) return i;
    }
    return 0;
  }

  private timeWidthOf(trace: Trace): number {
    if (trace.count === 0) return MIN_TIME_WIDTH;
    const ms = Math.floor(trace.timeUs(trace.count - 1) / 1000);
    return Math.max(MIN_TIME_WIDTH, String(ms).length + 2);
  }

  /** Whether the run is streaming in too fast to show every line. */
  private live(state: AppState): boolean {
    return state.run.phase === 'running' && state.follow && state.trace === this.trace;
  }

  private pump(): void {
    if (this.writing) return;
    const state = this.store.state;
    const mustReset =
      state.trace !== this.trace ||
      state.filter !== this.filter ||
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
      if (mustReset || start > this.written) {
        this.lastJump = performance.now();
        this.term.reset();
        out += HIDE_CURSOR;
        this.trace = state.trace;
        this.filter = state.filter;
        this.summaryShown = false;
        this.written = start;
        this.timeWidth = this.timeWidthOf(state.trace);
        if (start > 0)
          out +=
            styleNote(
              `… ${start.toLocaleString('en-US')} earlier events (download the trace for all of them)`,
            ) + '\n';
        if (state.trace.count === 0 && state.run.phase === 'idle') {
          out +=
            styleNote('Press Run (Ctrl+Enter) to record a trace, or Step to walk through it.') +
            '\n';
        }
      }
    }
    const trace = state.trace;
    let end = this.written;
    for (let lines = 0; end < state.cursor && lines < LINES_PER_WRITE; end++) {
      const kind = trace.kind(end);
      if (!passes(state.filter, kind)) continue;
      const line = compactTime(trace.line(end), this.timeWidth);
      out += styleLine(kind, trace.flags(end), escapeForTerminal(line)) + '\n';
      lines++;
    }
    this.written = end;
    if (end >= state.cursor && !this.summaryShown && this.showsSummary(state)) {
      const summary = summaryText(state);
      out +=
        '\n' +
        styleSummary(
          state.run.summary?.status ?? 'stopped',
          `── ${escapeForTerminal(summary)} ──`,
        ) +
        '\n';
      this.summaryShown = true;
    }
    if (out === '') return;
    this.writing = true;
    const complete = this.summaryShown;
    this.term.write(out, () => {
      this.writing = false;
      if (complete) this.shownAt = performance.now();
      this.schedule();
    });
  }
}
