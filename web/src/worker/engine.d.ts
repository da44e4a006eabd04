// The boundary with the WebAssembly engine (Emscripten + Embind), as built to build/wasm/pollscope_wasm.js.
declare module '@engine' {
  /** Run options, passed to `Session` as JSON. */
  export interface EngineOptions {
    seed: number;
    tokio: '1.24' | '1.29';
    maxEvents: number;
    maxTimeMs: number;
    maxPolls: number;
  }

  /** One recorded run. Every method is synchronous; `delete()` frees the C++ object. */
  export interface EngineSession {
    /** Runs until about `budget` more events are recorded or the run ends; true when finished. */
    advance(budget: number): boolean;
    eventCount(): number;
    /** Formatted trace lines, one per event, each '\n'-terminated, for events not yet taken. */
    takeText(): string;
    /** The same events as records of 8 u32: time lo, time hi, task, span, a, b, c, kind|flags<<8|depth<<16. */
    takeRecords(): Uint32Array;
    /** 4 u32 per span id: line, col, len, unused. Span 0 is "no span". Spans are the program's
     * source locations, all known before the run starts. */
    spans(): Uint32Array;
    /** JSON array of the names of the tasks seen so far, by task id (main is 0). */
    taskNames(): string;
    /** JSON of the run's outcome (see `EngineSummary` in protocol.ts). */
    summary(): string;
    delete(): void;
  }

  export interface EngineModule {
    /** JSON `{ diagnostics: [...], machines: [...] }`. */
    check(source: string): string;
    Session: new (source: string, optionsJson: string) => EngineSession;
  }

  const createEngine: (overrides?: Record<string, unknown>) => Promise<EngineModule>;
  export default createEngine;
}
