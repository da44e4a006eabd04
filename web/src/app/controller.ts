import { EngineClient } from '../worker/client';
import type { RunOptions } from '../worker/protocol';
import type { TraceFilter } from './kinds';
import { Store, type Banner, type Theme } from './store';
import { Trace } from './trace';

/** Pause before checking an edited program. */
const CHECK_DELAY_MS = 250;
/** Longest a toast stays up. */
const TOAST_MS = 2200;
/** While a run streams in, the state (counters, scrubber, terminal tail) catches up this often. */
const GROWTH_MS = 100;

/** The only writer of the state: actions from panes, results from the engine. */
export class Controller {
  readonly client = new EngineClient();
  private runKey: string | null = null;
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

  constructor(readonly store: Store) {}

  private get state() {
    return this.store.state;
  }

  private key(): string {
    return JSON.stringify([this.state.source, this.state.options]);
  }

  /** Whether the recorded trace belongs to the current source and options. */
  get traceIsCurrent(): boolean {
    return this.runKey === this.key() && this.state.run.phase !== 'idle';
  }

  setSource(source: string, example: string | null = null): void {
    if (source === this.state.source && example === this.state.example) return;
    this.store.update({ source, example });
    this.scheduleCheck();
  }

  setOptions(options: Partial<RunOptions>): void {
    this.store.update({ options: { ...this.state.options, ...options } });
  }

  setFilter(filter: TraceFilter): void {
    this.store.update({ filter });
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
    this.runKey = this.key();
    this.pendingCursor = startAt;
    const options = this.state.options;
    this.store.update({
      trace,
      traceVersion: this.state.traceVersion + 1,
      cursor: 0,
      follow,
      run: { phase: 'running', events: 0, summary: null, message: null },
      banner: null,
    });
    this.client.run(this.state.source, options, {
      chunk: (text, records, spans) => {
        if (this.state.trace !== trace) return;
        trace.append(text, records);
        if (spans) trace.setSpans(spans);
        this.scheduleGrowth(trace);
      },
      done: (summary, spans) => {
        if (this.state.trace !== trace) return;
        this.cancelGrowth();
        trace.setSpans(spans);
        trace.summary = summary;
        const banner = summaryBanner(summary);
        this.store.update({
          traceVersion: this.state.traceVersion + 1,
          run: { phase: 'done', events: trace.count, summary, message: null },
          cursor: this.cursorAfterGrowth(trace),
          banner,
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
        cursor: this.cursorAfterGrowth(trace),
      });
    }, wait);
  }

  private cancelGrowth(): void {
    if (this.growthTimer !== null) clearTimeout(this.growthTimer);
    this.growthTimer = null;
  }

  private cursorAfterGrowth(trace: Trace): number {
    if (this.pendingCursor !== null && trace.count >= this.pendingCursor) {
      const target = this.pendingCursor;
      this.pendingCursor = null;
      this.store.update({ follow: false });
      return target;
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

  step(delta = 1): void {
    this.pause();
    if (!this.ensureTrace()) {
      if (delta > 0) this.pendingCursor = delta;
      return;
    }
    this.store.update({ follow: false });
    this.seek(this.state.cursor + delta);
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

  private tick(now: number): void {
    const elapsed = Math.min(250, now - this.playLast);
    this.playLast = now;
    this.playCarry += (elapsed / 1000) * this.state.speed;
    const steps = Math.floor(this.playCarry);
    this.playCarry -= steps;
    const count = this.state.trace.count;
    if (steps > 0)
      this.store.update({ cursor: Math.min(count, this.state.cursor + steps), follow: false });
    if (this.state.cursor >= count && this.state.run.phase !== 'running') {
      this.pause();
      return;
    }
    this.playFrame = requestAnimationFrame((t) => this.tick(t));
  }
}

function summaryBanner(summary: {
  status: string;
  message: string;
  line: number;
  col: number;
}): Banner | null {
  const where = summary.line > 0 ? ` (at line ${summary.line}:${summary.col})` : '';
  if (summary.status === 'limit') {
    return { tone: 'warning', text: `Stopped at a limit: ${summary.message}${where}` };
  }
  if (summary.status === 'deadlock') {
    return { tone: 'warning', text: `Deadlock: ${summary.message}${where}` };
  }
  if (summary.status === 'error') return { tone: 'error', text: `${summary.message}${where}` };
  return null;
}
