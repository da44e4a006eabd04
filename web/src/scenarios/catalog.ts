// The gallery: every top-level `scenarios/*.rs`, described by its `//!` header. The headers are in
// the bundle; each program (without its header) is a chunk of its own, fetched when opened.
import headers from 'virtual:scenario-headers';

export const PARTS = [
  { id: 'article', label: 'From the article' },
  { id: 'laziness', label: 'Laziness' },
  { id: 'state-machines', label: 'State machines' },
  { id: 'pin', label: 'Pin' },
  { id: 'wakers', label: 'Wakers' },
  { id: 'executors', label: 'Executors' },
  { id: 'join-select-timeout', label: 'join, select, timeout' },
  { id: 'channels-sync', label: 'Channels & sync' },
  { id: 'bugs', label: 'Classic bugs' },
] as const;

export type PartId = (typeof PARTS)[number]['id'];

export interface Scenario {
  name: string;
  title: string;
  description: string;
  part: PartId;
}

export const DEFAULT_EXAMPLE = 'countdown';

const sources = import.meta.glob<string>('@scenarios/*.rs', {
  query: '?scenario',
  import: 'default',
});
const loaders = new Map<string, () => Promise<string>>(
  Object.entries(sources).map(([path, load]) => [
    path.replace(/^.*\//, '').replace(/\.rs$/, ''),
    load,
  ]),
);

function isPart(value: string): value is PartId {
  return PARTS.some((p) => p.id === value);
}

/** Title, description and part from a scenario's header lines (without their `//!`). */
export function parseScenario(name: string, header: readonly string[]): Scenario {
  let part: PartId = 'article';
  const text: string[] = [];
  for (const line of header) {
    const m = /^part:\s*(\S+)/.exec(line);
    if (m) {
      if (m[1] && isPart(m[1])) part = m[1];
    } else text.push(line);
  }
  const title = text.shift() || name;
  const description = text.filter((l) => l !== '').join(' ');
  return { name, title, description, part };
}

function load(): Scenario[] {
  const list = Object.entries(headers)
    .filter(([name]) => loaders.has(name))
    .map(([name, header]) => parseScenario(name, header));
  const order = (s: Scenario) => PARTS.findIndex((p) => p.id === s.part);
  return list.sort(
    (a, b) =>
      order(a) - order(b) ||
      Number(b.name === DEFAULT_EXAMPLE) - Number(a.name === DEFAULT_EXAMPLE) ||
      a.name.localeCompare(b.name),
  );
}

export const SCENARIOS: readonly Scenario[] = load();

export function findScenario(name: string): Scenario | null {
  return SCENARIOS.find((s) => s.name === name) ?? null;
}

/** The build checks that scenarios/countdown.rs exists (see vite.config.ts). */
export function defaultScenario(): Scenario {
  const scenario = findScenario(DEFAULT_EXAMPLE) ?? SCENARIOS[0];
  if (!scenario) throw new Error('the gallery is empty');
  return scenario;
}

/** The source of a gallery scenario (one small request the first time). */
export function scenarioSource(name: string): Promise<string> {
  const loader = loaders.get(name);
  if (!loader) return Promise.reject(new Error(`no scenario called ${name}`));
  return loader();
}
