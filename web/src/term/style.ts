import { EventKind } from '../app/kinds';

// SGR styles per event kind. The terminal's palette (see theme.ts) gives each ANSI slot a colour
// that reads well in both themes; "bright white" is the program-output colour.
const RESET = '\x1b[0m';
const STYLE: Readonly<Record<number, string>> = {
  [EventKind.Spawn]: '\x1b[32m',
  [EventKind.PollBegin]: '\x1b[36m',
  [EventKind.FuturePollBegin]: '\x1b[2;36m',
  [EventKind.FuturePollEnd]: '\x1b[2m',
  [EventKind.Wake]: '\x1b[35m',
  [EventKind.WakerClone]: '\x1b[2;35m',
  [EventKind.WakerDrop]: '\x1b[2;35m',
  [EventKind.TimerRegister]: '\x1b[34m',
  [EventKind.TimerFire]: '\x1b[1;34m',
  [EventKind.ClockAdvance]: '\x1b[34m',
  [EventKind.FutureDrop]: '\x1b[31m',
  [EventKind.TaskComplete]: '\x1b[1;32m',
  [EventKind.TaskAbort]: '\x1b[1;31m',
  [EventKind.TaskDrop]: '\x1b[2;31m',
  [EventKind.Output]: '\x1b[1;97m',
  [EventKind.Diagnostic]: '\x1b[1;91m',
  [EventKind.ThreadSpawn]: '\x1b[94m',
  [EventKind.ThreadSleep]: '\x1b[2;94m',
  [EventKind.BlockingSleep]: '\x1b[1;91m',
  [EventKind.YieldDefer]: '\x1b[33m',
  [EventKind.RunEnd]: '\x1b[1m',
};

const READY = '\x1b[32m';
const PENDING = '\x1b[33m';

/** Wraps an already escaped line in the colour of its event, behind a two-column gutter. */
export function styleLine(kind: number, flags: number, escaped: string): string {
  let style = STYLE[kind];
  if (kind === EventKind.PollEnd) style = flags & 1 ? READY : PENDING;
  if (kind === EventKind.Output) return `\x1b[93m▌${RESET} ${style}${escaped}${RESET}`;
  if (kind === EventKind.Diagnostic) return `\x1b[91m✖${RESET} ${style}${escaped}${RESET}`;
  return style === undefined ? `  ${escaped}` : `  ${style}${escaped}${RESET}`;
}

export function styleNote(text: string): string {
  return `\x1b[2m${text}${RESET}`;
}

export function styleSummary(status: string, text: string): string {
  const colour =
    status === 'completed' ? '\x1b[1;32m' : status === 'limit' ? '\x1b[1;33m' : '\x1b[1;31m';
  return `${colour}${text}${RESET}`;
}

/** The engine right-aligns virtual time in 7 digits; the terminal needs only as many as the run has. */
const TIME_FIELD = /^ *(\d+ms)(?= )/;
export const MIN_TIME_WIDTH = 5;

/** Pads a line's leading time field to `width` columns (a wider time keeps its own width). */
export function compactTime(line: string, width: number): string {
  const m = TIME_FIELD.exec(line);
  if (!m || m[1] === undefined) return line;
  return m[1].padStart(width) + line.slice(m[0].length);
}
