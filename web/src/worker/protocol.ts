// Messages between the page and the engine worker. The worker owns the WASM module; the page owns
// everything else. Records travel as transferred Uint32Arrays, 8 words per event.

export type TokioVersion = '1.24' | '1.29';

export interface RunOptions {
  seed: number;
  tokio: TokioVersion;
  maxEvents: number;
}

export interface Diagnostic {
  line: number;
  col: number;
  len: number;
  severity: 'error' | 'warning';
  message: string;
}

export type RunStatus = 'completed' | 'deadlock' | 'limit' | 'error';

export interface EngineSummary {
  status: RunStatus;
  message: string;
  line: number;
  col: number;
  tasks: number;
  polls: number;
  wakes: number;
  timeMs: number;
  diagnostics: number;
  /** What real Tokio may do differently with this program's `#[tokio::main]` (absent or empty: nothing). */
  runtimeNote?: string;
}

export type ToWorker =
  | { type: 'check'; id: number; source: string }
  | { type: 'run'; id: number; source: string; options: RunOptions };

export type FromWorker =
  | { type: 'checked'; id: number; diagnostics: Diagnostic[] }
  | {
      type: 'chunk';
      id: number;
      text: string;
      records: Uint32Array;
      /** The program's source spans: sent with the first chunk only. */
      spans: Uint32Array | null;
      taskNames: string[];
      total: number;
    }
  | { type: 'done'; id: number; summary: EngineSummary }
  | { type: 'failed'; id: number; message: string };

/** Words per event record. */
export const RECORD_WORDS = 8;
/** Words per span record. */
export const SPAN_WORDS = 4;
