// The banner text of a run's outcome, from the engine's summary: one lead word, no doubled words,
// one location, and each of the engine's sentences on its own line.
import type { EngineSummary } from '../worker/protocol';
import type { Banner } from './store';

/** A `line:col` location after "at", "on" or "line" (as the engine and this page write them). */
const LOCATION = /\b(?:at|on|line) (?:line )?(\d+):(\d+)\b/;

/** The locations in a message: each match, `line` and `col` in groups 1 and 2. */
export function locations(text: string): RegExpMatchArray[] {
  return [...text.matchAll(new RegExp(LOCATION.source, 'g'))];
}

/** The engine's lines of a message, trimmed, each ending as a sentence. */
function sentences(message: string): string {
  return message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => (/[.!?)]$/.test(line) ? line : `${line}.`))
    .join('\n');
}

/** The banner for how a run ended (null when it completed). */
export function outcomeBanner(summary: EngineSummary): Banner | null {
  if (summary.status === 'completed') return null;
  const lead =
    summary.status === 'limit'
      ? 'Stopped at a limit'
      : summary.status === 'deadlock'
        ? 'Deadlock'
        : '';
  // The engine may start with the same word ("deadlock: …"): the lead says it once.
  const message =
    lead === '' ? summary.message : summary.message.replace(/^\s*(deadlock|limit)\b:?\s*/i, '');
  let text = lead === '' ? message.trim() : `${lead}: ${sentences(message)}`;
  if (!LOCATION.test(text) && summary.line > 0) text += ` (at line ${summary.line}:${summary.col})`;
  const tone = summary.status === 'error' ? 'error' : 'warning';
  return { tone, text, fromRun: true };
}
