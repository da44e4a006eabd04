// The one-line summary of a run (terminal, downloads): how it ended and its totals.
import type { EngineSummary } from '../worker/protocol';

/** `1 task`, `2 tasks`. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The parts of the summary line; a stopped run (no summary) says how far it got. */
export function summaryParts(summary: EngineSummary | null, events: number): string[] {
  if (!summary) return ['stopped', counted(events, 'event')];
  return [
    summary.status,
    counted(summary.tasks, 'task'),
    counted(summary.polls, 'poll'),
    counted(summary.wakes, 'wake'),
    `${summary.timeMs.toLocaleString('en-US')} ms virtual`,
    counted(summary.diagnostics, 'diagnostic'),
    counted(events, 'event'),
  ];
}

/** The summary as one line of text. */
export function summaryText(summary: EngineSummary | null, events: number): string {
  return `── ${summaryParts(summary, events).join(' · ')} ──`;
}
