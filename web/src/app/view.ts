// What the panes derive from the state, in one place: which events are shown and whether the
// recorded trace still belongs to the program on screen.
import { EventKind, passes } from './kinds';
import type { AppState } from './store';

/** Whether event `i` is shown under the trace filter and the task filter. */
export function visible(state: AppState, i: number): boolean {
  const trace = state.trace;
  const kind = trace.kind(i);
  if (!passes(state.filter, kind)) return false;
  return (
    state.taskFilter === null || kind === EventKind.RunEnd || trace.task(i) === state.taskFilter
  );
}

/** The first shown event after `from` (exclusive), or null. */
export function nextVisible(state: AppState, from: number): number | null {
  for (let i = from + 1; i < state.trace.count; i++) if (visible(state, i)) return i;
  return null;
}

/** The last shown event before `from` (exclusive), or null. */
export function previousVisible(state: AppState, from: number): number | null {
  for (let i = Math.min(from, state.trace.count) - 1; i >= 0; i--) if (visible(state, i)) return i;
  return null;
}

/** Whether the program or its options changed since the recorded trace was made. */
export function isStale(state: AppState): boolean {
  const ran = state.ranWith;
  if (ran === null || state.run.phase === 'idle') return false;
  const o = state.options;
  return (
    ran.source !== state.source ||
    ran.options.seed !== o.seed ||
    ran.options.tokio !== o.tokio ||
    ran.options.maxEvents !== o.maxEvents
  );
}
