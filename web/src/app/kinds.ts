// Event kinds of the engine's trace records (low byte of word 7).
export const EventKind = {
  Spawn: 0,
  PollBegin: 1,
  PollEnd: 2,
  FuturePollBegin: 3,
  FuturePollEnd: 4,
  Wake: 5,
  WakerClone: 6,
  WakerDrop: 7,
  TimerRegister: 8,
  TimerFire: 9,
  ClockAdvance: 10,
  FutureDrop: 11,
  TaskComplete: 12,
  TaskAbort: 13,
  TaskDrop: 14,
  Output: 15,
  Diagnostic: 16,
  ThreadSpawn: 17,
  ThreadSleep: 18,
  BlockingSleep: 19,
  YieldDefer: 20,
  RunEnd: 21,
} as const;

export type EventKind = (typeof EventKind)[keyof typeof EventKind];

export const KIND_NAMES: readonly string[] = Object.keys(EventKind);

export function kindName(kind: number): string {
  return KIND_NAMES[kind] ?? `Kind${kind}`;
}

export type TraceFilter = 'all' | 'polls' | 'output';

export const FILTERS: ReadonlyArray<{ id: TraceFilter; label: string }> = [
  { id: 'all', label: 'Everything' },
  { id: 'polls', label: 'Polls & wakes' },
  { id: 'output', label: 'Output only' },
];

const POLLS_AND_WAKES = new Set<number>([
  EventKind.Spawn,
  EventKind.PollBegin,
  EventKind.PollEnd,
  EventKind.FuturePollBegin,
  EventKind.FuturePollEnd,
  EventKind.Wake,
  EventKind.TaskComplete,
  EventKind.Output,
  EventKind.Diagnostic,
  EventKind.RunEnd,
]);
const OUTPUT = new Set<number>([EventKind.Output, EventKind.Diagnostic, EventKind.RunEnd]);

export function passes(filter: TraceFilter, kind: number): boolean {
  if (filter === 'all') return true;
  return (filter === 'polls' ? POLLS_AND_WAKES : OUTPUT).has(kind);
}
