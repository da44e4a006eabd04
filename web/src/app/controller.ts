import { EngineClient } from '../worker/client';
import type { RunOptions } from '../worker/protocol';
import type { TraceFilter } from './kinds';
import { compareRuns } from './compare';
import { outcomeBanner } from './messages';
import { Store, type Banner, type Dialog, type Theme } from './store';
import { Trace } from './trace';
import { isStale, nextVisible, previousVisible } from './view';

/** Pause before checking an edited program. */
const CHECK_DELAY_MS = 250;
/** Longest a toast stays up. */
const TOAST_MS = 2200;
/** While a run streams in, the state (counters, scrubber, terminal tail) catches up this often. */
const GROWTH_MS = 100;

/** The only writer of the state: actions from panes, results from the engine. */
export class Controller {
  readonly client = new EngineClient();
  private checkTimer: ReturnType<typeof setTimeout> | null = null;
  private checkSerial = 0;
  private playFrame = 0;
  private playCarry = 0;
  private playLast = 0;
  private toastTimer: ReturnType<typeof setTimeout> | null = null;
  private growthTimer: ReturnType<typeof setTimeout> | null = null;
  private lastGrowth = 0;
  /** Event to move to once the trace holds it (embed `step=N`). */
  private pendingCursor: number | null = null;
  /** Shown events to step over once the trace holds them (Step pressed before a run). */
  private pendingSteps = 0;
  private serial = 0;
  private compareSerial = 0;

  constructor(readonly store: Store) {}

  private get state() {
    return this.store.state;
  }

  /** Whether the recorded trace belongs to the current source and options. */
  get traceIsCurrent(): boolean {
    return this.state.run.phase !== 'idle' && !isStale(this.state);
  }

  /** Replaces the program (an edit, a gallery pick, a link); `example` names an unchanged example. */
  setSource(source: string, example: string | null = null): void {
    if (source === this.state.source && example === this.state.example) return;
    this.store.update({ source, example, selected: null });
    this.scheduleCheck();
  }

  /** The reader edited the program: it becomes their draft. */
  edit(source: string): void {
    this.setSource(source, null);
    if (this.state.draft !== source) this.store.update({ draft: source });
  }

  setOptions(options: Partial<RunOptions>): void {
    this.store.update({ options: { ...this.state.options, ...options } });
  }

  setFilter(filter: TraceFilter): void {
    this.store.update({ filter });
  }

  /** Shows only `task`'s events in the trace (null: every task). */
  setTaskFilter(task: number | null): void {
    this.store.update({ taskFilter: task });
  }

  setSpeed(speed: number): void {
    this.store.update({ speed });
  }

  setTheme(theme: Theme): void {
    this.store.update({ theme });
  }

  showBanner(banner: Banner | null): void {
    this.store.update({ banner });
  }

  toast(text: string): void {
    if (this.toastTimer !== null) clearTimeout(this.toastTimer);
    this.store.update({ toast: text });
    this.toastTimer = setTimeout(() => this.store.update({ toast: null }), TOAST_MS);
  }

  /** Picks an event of the trace (a click on its line); the editor shows its source. */
  select(event: number | null): void {
    const valid = event !== null && event >= 0 && event < this.state.trace.count;
    this.store.update({ selected: valid ? event : null });
  }

  /** The editor's cursor moved to `line`: the trace lights that line's events. */
  setSourceLine(line: number | null): void {
    if (line !== this.state.sourceLine) this.store.update({ sourceLine: line });
  }

  /** Asks the editor to show and put its cursor at `line:col` (a location in a message). */
  reveal(line: number, col: number): void {
    this.store.update({ reveal: { line, col, serial: ++this.serial } });
  }

  /** Searches the terminal for `query`, forwards or backwards from the current match. */
  search(query: string, backwards = false): void {
    this.store.update({ search: { query, backwards, serial: ++this.serial } });
  }

  setSearchResult(result: { index: number; count: number } | null): void {
    this.store.update({ searchResult: result });
  }

  openDialog(dialog: Dialog): void {
    this.pause();
    this.store.update({ dialog });
  }

  closeDialog(): void {
    if (this.state.dialog !== null) this.store.update({ dialog: null });
  }

  /** Runs the program with two sets of options and shows where their traces first differ. */
  async compare(
    a: { options: RunOptions; label: string },
    b: { options: RunOptions; label: string },
  ): Promise<void> {
    const serial = ++this.compareSerial;
    this.store.update({
      compare: { phase: 'running', a: null, b: null, firstDifference: null, message: null },
    });
    try {
      const result = await compareRuns(this.state.source, a, b);
      if (serial !== this.compareSerial) return;
      this.store.update({ compare: { phase: 'done', ...result, message: null } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.store.update({
        compare: { phase: 'failed', a: null, b: null, firstDifference: null, message },
      });
    }
  }

  scheduleCheck(): void {
    if (this.checkTimer !== null) clearTimeout(this.checkTimer);
    this.checkTimer = setTimeout(() => void this.check(), CHECK_DELAY_MS);
  }

  private async check(): Promise<void> {
    const serial = ++this.checkSerial;
    const source = this.state.source;
    try {
      const diagnostics = await this.client.check(source);
      if (serial === this.checkSerial && source === this.state.source) {
        this.store.update({ diagnostics });
      }
    } catch (error) {
      if (error instanceof Error && error.message !== 'stopped') this.engineFailed(error.message);
    }
  }

  private engineFailed(message: string): void {
    this.showBanner({ tone: 'error', text: `The engine could not run: ${message}` });
  }

  /** Records a fresh trace. With `follow`, the cursor stays at the end as events arrive. */
  run(follow = true, startAt: number | null = null): void {
    this.pause();
    if (this.state.run.phase === 'running') this.client.stop();
    const trace = new Trace();
    this.pendingCursor = startAt;
    this.pendingSteps = 0;
    const options = this.state.options;
    this.store.update({
      trace,
      traceVersion: this.state.traceVersion + 1,
      cursor: 0,
      follow,
      selected: null,
      ranWith: { source: this.state.source, options },
      run: { phase: 'running', events: 0, summary: null, message: null },
      banner: null,
    });
    this.client.run(this.state.source, options, {
      chunk: (text, records, spans, taskNames) => {
        if (this.state.trace !== trace) return;
        trace.append(text, records);
        if (spans) trace.setSpans(spans);
        trace.taskNames = taskNames;
        this.scheduleGrowth(trace);
      },
      done: (summary) => {
        if (this.state.trace !== trace) return;
        this.cancelGrowth();
        trace.summary = summary;
        this.store.update({
          traceVersion: this.state.traceVersion + 1,
          run: { phase: 'done', events: trace.count, summary, message: null },
          cursor: this.cursorAfterGrowth(trace, true),
          banner: outcomeBanner(summary),
        });
      },
      failed: (message) => {
        if (this.state.trace !== trace) return;
        this.store.update({ run: { ...this.state.run, phase: 'failed', message } });
        this.engineFailed(message);
      },
    });
  }

  /** Chunks can arrive many times a frame: the state catches up with the trace every GROWTH_MS. */
  private scheduleGrowth(trace: Trace): void {
    if (this.growthTimer !== null) return;
    const wait = Math.max(0, this.lastGrowth + GROWTH_MS - performance.now());
    this.growthTimer = setTimeout(() => {
      this.growthTimer = null;
      this.lastGrowth = performance.now();
      if (this.state.trace !== trace || this.state.run.phase !== 'running') return;
      this.store.update({
        traceVersion: this.state.traceVersion + 1,
        run: { ...this.state.run, events: trace.count },
        cursor: this.cursorAfterGrowth(trace, false),
      });
    }, wait);
  }

  private cancelGrowth(): void {
    if (this.growthTimer !== null) clearTimeout(this.growthTimer);
    this.growthTimer = null;
  }

  /** Where the cursor goes as the trace grows: a pending start event or steps, else it follows. */
  private cursorAfterGrowth(trace: Trace, ended: boolean): number {
    if (this.pendingCursor !== null && (trace.count >= this.pendingCursor || ended)) {
      const target = Math.min(this.pendingCursor, trace.count);
      this.pendingCursor = null;
      this.store.update({ follow: false });
      return target;
    }
    if (this.pendingSteps > 0) {
      const target = this.stepFrom(0, this.pendingSteps);
      if (target.taken === this.pendingSteps || ended) {
        this.pendingSteps = 0;
        this.store.update({ follow: false });
        return target.cursor;
      }
      return 0;
    }
    return this.state.follow ? trace.count : this.state.cursor;
  }

  /** Ends a run at once; the events recorded so far stay and can be played back. */
  stop(): void {
    this.pause();
    if (this.state.run.phase !== 'running') return;
    this.client.stop();
    this.cancelGrowth();
    const trace = this.state.trace;
    this.store.update({
      run: { ...this.state.run, phase: 'stopped', events: trace.count },
      traceVersion: this.state.traceVersion + 1,
      banner: {
        tone: 'info',
        text: `Stopped after ${trace.count.toLocaleString('en-US')} events.`,
        fromRun: true,
      },
    });
    this.scheduleCheck();
  }

  /** Makes sure a trace of the current program exists, recording one without following. */
  private ensureTrace(): boolean {
    if (this.traceIsCurrent) return true;
    this.run(false);
    return false;
  }

  seek(cursor: number): void {
    const max = this.state.trace.count;
    const next = Math.max(0, Math.min(max, Math.round(cursor)));
    const follow = this.state.run.phase === 'running' && next >= max && this.state.follow;
    this.store.update({ cursor: next, follow });
  }

  /** Moves the cursor to where the scrubber was dragged (or moved with keys). */
  scrub(cursor: number): void {
    this.pause();
    if (this.state.trace.count === 0) return;
    this.store.update({ follow: false });
    this.seek(cursor);
  }

  /** The cursor `delta` shown events away from `cursor` (filters applied), and how many it took. */
  private stepFrom(cursor: number, delta: number): { cursor: number; taken: number } {
    let at = cursor;
    let taken = 0;
    for (; taken < Math.abs(delta); taken++) {
      if (delta > 0) {
        const next = nextVisible(this.state, at - 1);
        if (next === null) break;
        at = next + 1;
      } else {
        if (at === 0) break;
        const previous = previousVisible(this.state, at - 1);
        at = previous === null ? 0 : previous + 1;
      }
    }
    return { cursor: at, taken };
  }

  /** Moves the cursor by `delta` shown events (the filters decide what is shown). */
  step(delta = 1): void {
    this.pause();
    if (!this.ensureTrace()) {
      if (delta > 0) this.pendingSteps = delta;
      return;
    }
    this.store.update({ follow: false });
    this.seek(this.stepFrom(this.state.cursor, delta).cursor);
  }

  toStart(): void {
    this.pause();
    if (!this.ensureTrace()) return;
    this.store.update({ follow: false });
    this.seek(0);
  }

  toEnd(): void {
    this.pause();
    if (!this.ensureTrace()) return;
    this.store.update({ follow: this.state.run.phase === 'running' });
    this.seek(this.state.trace.count);
  }

  play(): void {
    if (this.state.playing) return;
    if (!this.ensureTrace()) {
      this.store.update({ playing: true });
    } else {
      const atEnd =
        this.state.cursor >= this.state.trace.count && this.state.run.phase !== 'running';
      this.store.update({ playing: true, follow: false, cursor: atEnd ? 0 : this.state.cursor });
    }
    this.playCarry = 0;
    this.playLast = performance.now();
    this.playFrame = requestAnimationFrame((t) => this.tick(t));
  }

  pause(): void {
    if (this.playFrame !== 0) cancelAnimationFrame(this.playFrame);
    this.playFrame = 0;
    if (this.state.playing) this.store.update({ playing: false });
  }

  /** One frame of Play: as many shown events as the speed allows since the last frame. */
  private tick(now: number): void {
    const elapsed = Math.min(250, now - this.playLast);
    this.playLast = now;
    this.playCarry += (elapsed / 1000) * this.state.speed;
    const steps = Math.floor(this.playCarry);
    this.playCarry -= steps;
    const count = this.state.trace.count;
    if (steps > 0)
      this.store.update({ cursor: this.stepFrom(this.state.cursor, steps).cursor, follow: false });
    if (this.state.cursor >= count && this.state.run.phase !== 'running') {
      this.pause();
      return;
    }
    this.playFrame = requestAnimationFrame((t) => this.tick(t));
  }
}
