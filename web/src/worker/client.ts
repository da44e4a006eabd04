import type { Diagnostic, EngineSummary, FromWorker, RunOptions, ToWorker } from './protocol';

export interface RunHandlers {
  chunk(text: string, records: Uint32Array, spans: Uint32Array | null, taskNames: string[]): void;
  done(summary: EngineSummary): void;
  failed(message: string): void;
}

type Waiter =
  | { kind: 'check'; resolve: (d: Diagnostic[]) => void; reject: (e: Error) => void }
  | { kind: 'run'; handlers: RunHandlers };

/** The page's side of the engine worker. Stop terminates the worker and starts a fresh one. */
export class EngineClient {
  private worker: Worker;
  private nextId = 1;
  private waiters = new Map<number, Waiter>();

  constructor() {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'pollscope-engine',
    });
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.failAll(event.message || 'The engine worker failed to start.');
    };
    return worker;
  }

  private post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    const waiter = this.waiters.get(message.id);
    if (!waiter) return;
    if (message.type === 'failed') {
      this.waiters.delete(message.id);
      if (waiter.kind === 'check') waiter.reject(new Error(message.message));
      else waiter.handlers.failed(message.message);
    } else if (message.type === 'checked' && waiter.kind === 'check') {
      this.waiters.delete(message.id);
      waiter.resolve(message.diagnostics);
    } else if (message.type === 'chunk' && waiter.kind === 'run') {
      waiter.handlers.chunk(message.text, message.records, message.spans, message.taskNames);
    } else if (message.type === 'done' && waiter.kind === 'run') {
      this.waiters.delete(message.id);
      waiter.handlers.done(message.summary);
    }
  }

  private failAll(reason: string): void {
    const waiters = [...this.waiters.values()];
    this.waiters.clear();
    for (const waiter of waiters) {
      if (waiter.kind === 'check') waiter.reject(new Error(reason));
      else waiter.handlers.failed(reason);
    }
  }

  check(source: string): Promise<Diagnostic[]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiters.set(id, { kind: 'check', resolve, reject });
      this.post({ type: 'check', id, source });
    });
  }

  run(source: string, options: RunOptions, handlers: RunHandlers): number {
    const id = this.nextId++;
    this.waiters.set(id, { kind: 'run', handlers });
    this.post({ type: 'run', id, source, options });
    return id;
  }

  /** Ends whatever the worker is doing, at once. Pending checks are rejected; runs get no callback. */
  stop(): void {
    this.worker.terminate();
    const checks = [...this.waiters.values()].filter((w) => w.kind === 'check');
    this.waiters.clear();
    for (const waiter of checks) if (waiter.kind === 'check') waiter.reject(new Error('stopped'));
    this.worker = this.spawn();
  }
}
