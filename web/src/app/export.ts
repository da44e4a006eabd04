// The recorded trace as a file: a header naming the program, seed, Tokio version and options,
// the engine's text (or JSON lines), and the summary line.
import { findScenario } from '../scenarios/catalog';
import type { AppState } from './store';
import { summaryParts, summaryText } from './summary';

/** What produced the trace, as `key: value` pairs. */
function headerFields(state: AppState): Array<[string, string]> {
  const ran = state.ranWith ?? { source: state.source, options: state.options };
  const scenario = state.example !== null ? findScenario(state.example) : null;
  const program = scenario ? `${scenario.title} (example ${scenario.name})` : 'your program';
  const fields: Array<[string, string]> = [
    ['program', program],
    ['seed', String(ran.options.seed)],
    ['tokio', `${ran.options.tokio} semantics (current_thread runtime, paused clock)`],
    ['max events', String(ran.options.maxEvents)],
    ['events', String(state.trace.count)],
  ];
  const note = state.run.summary?.runtimeNote;
  if (note) fields.push(['note', note]);
  return fields;
}

/** The trace as text: `#` header lines, the engine's lines, the summary line. */
export function traceTextFile(state: AppState): string {
  const header = ['# pollscope trace', ...headerFields(state).map(([k, v]) => `# ${k}: ${v}`)];
  const summary = summaryText(state.run.summary, state.trace.count);
  return `${header.join('\n')}\n${state.trace.toText()}${summary}\n`;
}

/** The trace as JSON lines: a header object, one object per event, a summary object. */
export function traceJsonFile(state: AppState): string {
  const header = { type: 'header', tool: 'pollscope', ...Object.fromEntries(headerFields(state)) };
  const summary = {
    type: 'summary',
    text: summaryParts(state.run.summary, state.trace.count).join(' · '),
    ...(state.run.summary ?? { status: 'stopped' }),
    events: state.trace.count,
  };
  return `${JSON.stringify(header)}\n${state.trace.toJsonLines()}${JSON.stringify(summary)}\n`;
}
