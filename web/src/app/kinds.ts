// Event kinds of the engine's trace records (low byte of word 7). Numbers, trace names, filter
// groups and colour roles come from the engine's sources (kinds.generated.ts); this file adds the
// one-line descriptions the page shows and the terminal filters.
import { ENGINE_KINDS, type ColourRole, type FilterGroup } from './kinds.generated';

export type { ColourRole, FilterGroup };
export type KindName = (typeof ENGINE_KINDS)[number]['name'];

/** Kind numbers by name (`EventKind.Output` is 15). */
export const EventKind = Object.fromEntries(ENGINE_KINDS.map((k) => [k.name, k.id])) as {
  readonly [K in KindName]: Extract<(typeof ENGINE_KINDS)[number], { name: K }>['id'];
};

/** What each kind of line means, in one line (the shortcuts dialog lists them). */
const DESCRIPTIONS: Readonly<Record<KindName, string>> = {
  Spawn: 'a task was spawned',
  PollBegin: 'the executor polls a task',
  PollEnd: 'the task’s poll returned Ready or Pending',
  FuturePollBegin: 'a future nested inside the task is polled',
  FuturePollEnd: 'that future returned Ready or Pending',
  Wake: 'a waker asked the executor to poll a task again',
  WakerClone: 'a waker was cloned (someone keeps it to wake the task later)',
  WakerDrop: 'a waker was dropped',
  TimerRegister: 'a timer was set',
  TimerFire: 'a timer fired',
  ClockAdvance: 'nothing was runnable, so virtual time jumped to the next timer',
  FutureDrop: 'a future was dropped (cancelled when it had not finished)',
  TaskComplete: 'a task finished',
  TaskAbort: 'abort() was requested for a task',
  TaskDrop: 'a task’s future was dropped before it finished',
  Output: 'what the program printed',
  Diagnostic: 'a problem pollscope found (lost waker, deadlock, panic, …)',
  ThreadSpawn: 'a simulated OS thread started',
  ThreadSleep: 'a simulated OS thread sleeps',
  BlockingSleep: 'std::thread::sleep blocked the executor',
  YieldDefer: 'yield_now parked the task’s waker until the next tick',
  RunEnd: 'how the run ended',
};

export interface KindInfo {
  id: number;
  name: KindName;
  /** The engine's name in traces and JSON (`poll_begin`). */
  trace: string;
  group: FilterGroup;
  role: ColourRole;
  description: string;
}

export const KINDS: readonly KindInfo[] = ENGINE_KINDS.map((k) => ({
  ...k,
  description: DESCRIPTIONS[k.name],
}));

/** The kind's entry; an unknown number gets a quiet placeholder. */
export function kindInfo(kind: number): KindInfo {
  return (
    KINDS[kind] ?? {
      id: kind,
      name: 'RunEnd',
      trace: `kind_${kind}`,
      group: 'all',
      role: 'quiet',
      description: 'an event this page does not know',
    }
  );
}

export type TraceFilter = 'all' | 'polls' | 'output';

export const FILTERS: ReadonlyArray<{ id: TraceFilter; label: string }> = [
  { id: 'all', label: 'Everything' },
  { id: 'polls', label: 'Polls & wakes' },
  { id: 'output', label: 'Output only' },
];

/** Whether `filter` shows events of `kind` (the same sets as the CLI's `--filter`). */
export function passes(filter: TraceFilter, kind: number): boolean {
  if (filter === 'all') return true;
  const group = kindInfo(kind).group;
  return group === 'output' || (filter === 'polls' && group === 'polls');
}
