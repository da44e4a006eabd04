import type { AppState } from '../app/store';

function n(value: number): string {
  return value.toLocaleString('en-US');
}

/** One line: how the run ended and its totals. */
export function summaryText(state: AppState): string {
  const s = state.run.summary;
  if (!s) return `stopped after ${n(state.trace.count)} events`;
  const parts = [
    s.status,
    `${n(s.tasks)} tasks`,
    `${n(s.polls)} polls`,
    `${n(s.wakes)} wakes`,
    `${n(s.timeMs)} ms virtual`,
    `${n(s.diagnostics)} diagnostics`,
    `${n(state.trace.count)} events`,
  ];
  return parts.join(' · ');
}
