// Compare: the same program run twice (two seeds or two Tokio versions) in a worker of its own,
// and the first event where the two traces differ.
import { EngineClient } from '../worker/client';
import type { RunOptions } from '../worker/protocol';
import type { CompareSide } from './store';

/** Most events kept per side. */
const MAX_COMPARE_EVENTS = 200_000;

/** Runs `source` with `options`, collecting its trace lines. */
function runSide(
  client: EngineClient,
  source: string,
  options: RunOptions,
  label: string,
): Promise<CompareSide> {
  const capped = { ...options, maxEvents: Math.min(options.maxEvents, MAX_COMPARE_EVENTS) };
  return new Promise((resolve, reject) => {
    let text = '';
    client.run(source, capped, {
      chunk: (chunk) => {
        text += chunk;
      },
      done: (summary) => {
        const lines = text === '' ? [] : text.slice(0, -1).split('\n');
        resolve({ label, options: capped, lines, status: summary.status });
      },
      failed: (message) => reject(new Error(message)),
    });
  });
}

/** The first index where the two lists differ (a missing line counts), or null. */
export function firstDifference(a: readonly string[], b: readonly string[]): number | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return null;
}

let client: EngineClient | null = null;

/** Both runs, one after the other, in the comparison's own worker. */
export async function compareRuns(
  source: string,
  a: { options: RunOptions; label: string },
  b: { options: RunOptions; label: string },
): Promise<{ a: CompareSide; b: CompareSide; firstDifference: number | null }> {
  client ??= new EngineClient();
  const left = await runSide(client, source, a.options, a.label);
  const right = await runSide(client, source, b.options, b.label);
  return { a: left, b: right, firstDifference: firstDifference(left.lines, right.lines) };
}
