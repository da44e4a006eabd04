import type { Diagnostic, EngineSummary, RunOptions } from '../worker/protocol';
import type { TraceFilter } from './kinds';
import { Trace } from './trace';

export type Theme = 'light' | 'dark';
export type RunPhase = 'idle' | 'running' | 'done' | 'stopped' | 'failed';

export interface RunState {
  phase: RunPhase;
  /** Events recorded so far (equals `trace.count` once chunks are in). */
  events: number;
  summary: EngineSummary | null;
  message: string | null;
}

export interface Banner {
  tone: 'error' | 'warning' | 'info';
  text: string;
}

/** Everything the panes render from. Only the controller writes it. */
export interface AppState {
  source: string;
  /** Gallery name while the source is that example's, unchanged. */
  example: string | null;
  options: RunOptions;
  filter: TraceFilter;
  /** Playback speed in events per second. */
  speed: number;
  theme: Theme;
  diagnostics: Diagnostic[];
  run: RunState;
  /** The recorded trace (mutable: chunks are appended; `traceVersion` changes when they are). */
  trace: Trace;
  traceVersion: number;
  /** Number of events shown; the current event is `cursor - 1`. */
  cursor: number;
  /** The cursor follows the end of the trace while it is recorded. */
  follow: boolean;
  playing: boolean;
  banner: Banner | null;
  toast: string | null;
}

export type Listener = (state: AppState, previous: AppState) => void;

export const DEFAULT_OPTIONS: RunOptions = { seed: 1, tokio: '1.24', maxEvents: 100_000 };

export function initialState(source: string, theme: Theme): AppState {
  return {
    source,
    example: null,
    options: { ...DEFAULT_OPTIONS },
    filter: 'all',
    speed: 5,
    theme,
    diagnostics: [],
    run: { phase: 'idle', events: 0, summary: null, message: null },
    trace: new Trace(),
    traceVersion: 0,
    cursor: 0,
    follow: true,
    playing: false,
    banner: null,
    toast: null,
  };
}

export class Store {
  private current: AppState;
  private listeners: Listener[] = [];

  constructor(state: AppState) {
    this.current = state;
  }

  get state(): AppState {
    return this.current;
  }

  update(patch: Partial<AppState>): void {
    const previous = this.current;
    this.current = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.current, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }
}
