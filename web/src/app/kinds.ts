// Event kinds of the engine's trace records (low byte of word 7). Numbers, trace names, filter
// groups, colour roles and descriptions come from the engine's one table (engine/trace/kinds.h,
// through kinds.generated.ts); this file adds the lookups the terminal and its filters use.
import { ENGINE_KINDS, type ColourRole, type FilterGroup } from './kinds.generated';

export type { ColourRole, FilterGroup };
export type KindName = (typeof ENGINE_KINDS)[number]['name'];

/** Kind numbers by name (`EventKind.Output` is 15). */
export const EventKind = Object.fromEntries(ENGINE_KINDS.map((k) => [k.name, k.id])) as {
  readonly [K in KindName]: Extract<(typeof ENGINE_KINDS)[number], { name: K }>['id'];
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

export const KINDS: readonly KindInfo[] = ENGINE_KINDS;

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
