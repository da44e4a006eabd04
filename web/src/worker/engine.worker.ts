import createEngine, { type EngineModule, type EngineOptions } from '@engine';
import type { Diagnostic, EngineSummary, FromWorker, RunOptions, ToWorker } from './protocol';

/** Events per `advance` call and per message: large enough that per-message costs vanish in a long
 * run, small enough that the page appends a chunk in a few milliseconds. */
const CHUNK_EVENTS = 16384;
/** Virtual time limit: a day of virtual time is far beyond any teaching program. */
const MAX_TIME_MS = 86_400_000;

const scope = self as unknown as {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let engine: Promise<EngineModule> | null = null;
function loadEngine(): Promise<EngineModule> {
  engine ??= createEngine();
  return engine;
}

// Lets queued messages (checks) run between chunks of a long run.
const channel = new MessageChannel();
const pending: Array<() => void> = [];
channel.port1.onmessage = () => pending.shift()?.();
function yieldToQueue(): Promise<void> {
  return new Promise((resolve) => {
    pending.push(resolve);
    channel.port2.postMessage(null);
  });
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return `engine error ${String(error)}`;
}

async function check(id: number, source: string): Promise<void> {
  const module = await loadEngine();
  const parsed = JSON.parse(module.check(source)) as { diagnostics?: Diagnostic[] };
  scope.postMessage({ type: 'checked', id, diagnostics: parsed.diagnostics ?? [] });
}

async function run(id: number, source: string, options: RunOptions): Promise<void> {
  const module = await loadEngine();
  const engineOptions: EngineOptions = {
    seed: options.seed,
    tokio: options.tokio,
    maxEvents: options.maxEvents,
    maxTimeMs: MAX_TIME_MS,
    maxPolls: options.maxEvents,
  };
  const session = new module.Session(source, JSON.stringify(engineOptions));
  try {
    let first = true;
    for (;;) {
      const finished = session.advance(CHUNK_EVENTS);
      const text = session.takeText();
      // takeRecords and spans return fresh copies (`slice()` in the binding): they can be transferred.
      const records = session.takeRecords();
      const spans = first ? session.spans() : null;
      first = false;
      const transfer: Transferable[] = [records.buffer];
      if (spans) transfer.push(spans.buffer);
      const taskNames = JSON.parse(session.taskNames()) as string[];
      scope.postMessage(
        { type: 'chunk', id, text, records, spans, taskNames, total: session.eventCount() },
        transfer,
      );
      if (finished) break;
      await yieldToQueue();
    }
    const summary = JSON.parse(session.summary()) as EngineSummary;
    scope.postMessage({ type: 'done', id, summary });
  } finally {
    session.delete();
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  const work =
    message.type === 'check'
      ? check(message.id, message.source)
      : run(message.id, message.source, message.options);
  work.catch((error: unknown) => {
    scope.postMessage({ type: 'failed', id: message.id, message: errorText(error) });
  });
};
