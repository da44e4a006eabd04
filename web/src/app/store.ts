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
  /** The message; `line:col` locations in it are shown as links to the source. */
  text: string;
  /** Set for what a run reported (its outcome), so the banner can say when it is out of date. */
  fromRun?: boolean;
}

/** A place in the source to show in the editor; `serial` changes with every request. */
export interface Reveal {
  line: number;
  col: number;
  serial: number;
}

/** A search of the trace: `serial` changes with every request (next, previous). */
export interface Search {
  query: string;
  backwards: boolean;
  serial: number;
}

export type Dialog = 'shortcuts' | 'embed' | 'compare';

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
  /** Only this task's events are shown (null: every task). */
  taskFilter: number | null;
  /** The event picked in the trace; the editor shows its source span. */
  selected: number | null;
  /** The source line the editor's cursor is on; its events are lit in the trace. */
  sourceLine: number | null;
  /** A source location the editor should show (a clicked location in a message). */
  reveal: Reveal | null;
  /** Source and options of the recorded trace (null before the first run). */
  ranWith: { source: string; options: RunOptions } | null;
  search: Search;
  /** Matches of the search in the terminal: the current one (1-based) and how many. */
  searchResult: { index: number; count: number } | null;
  dialog: Dialog | null;
  /** The reader's own program, kept while they look at examples (the page keeps it across reloads). */
  draft: string | null;
  compare: CompareState | null;
}

/** One side of a comparison: what it ran with and its trace lines. */
export interface CompareSide {
  label: string;
  options: RunOptions;
  lines: string[];
  status: string;
}

/** Two runs of the same program side by side, and the first event where they differ. */
export interface CompareState {
  phase: 'running' | 'done' | 'failed';
  a: CompareSide | null;
  b: CompareSide | null;
  /** Index of the first differing event (null: identical, or not known yet). */
  firstDifference: number | null;
  message: string | null;
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
    taskFilter: null,
    selected: null,
    sourceLine: null,
    reveal: null,
    ranWith: null,
    search: { query: '', backwards: false, serial: 0 },
    searchResult: null,
    dialog: null,
    draft: null,
    compare: null,
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
