// The runtime names a learner meets, with one-line help for hover and completion. The entries
// come from the engine's API families (engine/lang/lib/registry.cpp) through
// web/tools/gen-api.mjs; this module looks them up.
import { GENERATED_API } from './api.generated';

export type ApiKind = 'function' | 'method' | 'macro' | 'type' | 'variant' | 'module';

export interface ApiEntry {
  /** Path as written in code; the last segments also match (e.g. `sleep` for `tokio::time::sleep`). */
  name: string;
  kind: ApiKind;
  signature: string;
  doc: string;
  /** Snippet inserted by completion (Monaco snippet syntax). */
  insert: string;
  /** The API family that declares it (`tokio::sync::mpsc`). */
  family: string;
}

/** Every documented name of the runtime library, from its family tables (api.generated.ts). */
export const API: readonly ApiEntry[] = GENERATED_API;

const BY_NAME = new Map<string, ApiEntry>();
for (const entry of API) {
  const segments = entry.name.replace(/!$/, '').split(/::|\./);
  for (let i = 0; i < segments.length; i++) {
    const suffix = segments.slice(i).join('::');
    if (!BY_NAME.has(suffix)) BY_NAME.set(suffix, entry);
  }
}

/** Finds the entry for a path as written (`tokio::time::sleep`, `time::sleep`, `cx.waker`, `Ready`). */
export function lookupApi(path: string): ApiEntry | null {
  const clean = path.replace(/[!(]+$/, '').replace(/\./g, '::');
  const segments = clean.split('::').filter((s) => s !== '');
  for (let i = 0; i < segments.length; i++) {
    const entry = BY_NAME.get(segments.slice(i).join('::'));
    if (entry) return entry;
  }
  return null;
}
