// The page's one way from an event to terminal rows: the time from the record, the rest of the
// engine's line (engine/trace/format.cpp is the one formatter of trace text), escaped once, in the
// colour of its kind's role, wrapped at spaces to the terminal's width.
import { EventKind, kindInfo } from '../app/kinds';
import type { Trace } from '../app/trace';
import { escapeForTerminal } from './escape';
import { RESET, roleSgr, sgr } from './palette';
import { charColumns, columns } from './width';

/** Narrowest time column the terminal uses. */
export const MIN_TIME_WIDTH = 5;
/** Columns the engine gives the actor (task) column. */
const ACTOR_COLUMNS = 9;
/** Columns of the gutter before every row (program output and diagnostics are marked there). */
export const GUTTER_COLUMNS = 2;
/**
 * The rows of one escaped line of program output: the engine writes a newline inside output as
 * `\x0a` and a backslash as `\\` (a line of the trace is one event), so a printed `\x0a` stays
 * text. Splits at the escaped newlines and turns `\\` back into `\`.
 */
export function outputSegments(text: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '\\') {
      current += '\\';
      i++;
    } else if (text.startsWith('\\x0a', i)) {
      segments.push(current);
      current = '';
      i += 3;
    } else {
      current += text[i];
    }
  }
  segments.push(current);
  return segments;
}

/** The time as the engine writes it, unpadded: `40ms`, `1.500ms`. */
export function timeLabel(us: number): string {
  const ms = Math.floor(us / 1000);
  const frac = us % 1000;
  return frac === 0 ? `${ms}ms` : `${ms}.${String(frac).padStart(3, '0')}ms`;
}

/** The engine's time field for `us` (`%7llums`, or `%5llu.%03llums` for a fraction). */
export function engineTime(us: number): string {
  const ms = Math.floor(us / 1000);
  const frac = us % 1000;
  if (frac === 0) return `${String(ms).padStart(7)}ms`;
  return `${String(ms).padStart(5)}.${String(frac).padStart(3, '0')}ms`;
}

export interface RowLayout {
  /** Columns of the time field. */
  timeWidth: number;
  /** Columns of the terminal. */
  cols: number;
}

/** Splits `text` into rows of at most `width` columns, breaking at spaces where it can; rows after
 * the first start with `indent` spaces. A word wider than a row is cut (nothing else fits). */
export function wrap(text: string, width: number, indent: number): string[] {
  if (columns(text) <= width) return [text];
  const pad = ' '.repeat(Math.max(0, Math.min(indent, Math.floor(width / 2))));
  const rows: string[] = [];
  let row = '';
  let used = 0;
  const breakRow = () => {
    rows.push(row.trimEnd());
    row = pad;
    used = pad.length;
  };
  // Each word keeps the space after it; a space never starts a continuation row.
  for (const word of text.split(/(?<= )/)) {
    const bare = columns(word.trimEnd());
    // A word too wide for any row is cut where it stands; others move to the next row whole.
    if (used + bare > width && row.trim() !== '' && bare <= width - pad.length) breakRow();
    if (row === pad && word.trim() === '') continue;
    if (used + bare <= width) {
      row += word;
      used += bare + (word.length - word.trimEnd().length);
      continue;
    }
    for (const ch of word) {
      const c = charColumns(ch.codePointAt(0) ?? 0);
      if (used + c > width) breakRow();
      row += ch;
      used += c;
    }
  }
  if (row.trim() !== '') rows.push(row.trimEnd());
  return rows;
}

/** The gutter mark of a kind: program output and diagnostics stand out. */
function gutter(kind: number): string {
  if (kind === EventKind.Output) return `${sgr('yellow')}▌${RESET} `;
  if (kind === EventKind.Diagnostic) return `${sgr('red', true)}✖${RESET} `;
  return ' '.repeat(GUTTER_COLUMNS);
}

/** Terminal rows of one event (each without a newline, styled, never wider than the terminal). */
export function eventRows(trace: Trace, event: number, layout: RowLayout): string[] {
  const us = trace.timeUs(event);
  const kind = trace.kind(event);
  const body = trace.line(event).slice(engineTime(us).length);
  const text = escapeForTerminal(timeLabel(us).padStart(layout.timeWidth) + body);
  const width = Math.max(8, layout.cols - GUTTER_COLUMNS);
  const indent = layout.timeWidth + 1 + ACTOR_COLUMNS + 1 + 2 * trace.depth(event);
  const segments = kind === EventKind.Output ? outputSegments(text) : [text];
  const first = segments[0] ?? '';
  const marker = first.indexOf('> ', indent);
  const outputIndent = marker >= 0 ? marker + 2 : indent;
  const rows = wrap(first, width, kind === EventKind.Output ? outputIndent : indent);
  for (const segment of segments.slice(1)) {
    rows.push(...wrap(' '.repeat(outputIndent) + segment, width, outputIndent));
  }
  const style = roleSgr(kindInfo(kind).role);
  const mark = gutter(kind);
  return rows.map((row) => `${mark}${style}${row}${RESET}`);
}

/** Rows of a quiet note (hints, skipped events). */
export function noteRows(text: string, cols: number): string[] {
  const width = Math.max(8, cols - GUTTER_COLUMNS);
  const pad = ' '.repeat(GUTTER_COLUMNS);
  return wrap(escapeForTerminal(text), width, 2).map(
    (r) => `${pad}${roleSgr('quiet')}${r}${RESET}`,
  );
}

/** Rows of the summary line: `── completed · 1 task · … ──`, broken between its parts. */
export function summaryRows(status: string, parts: readonly string[], cols: number): string[] {
  const colour =
    status === 'completed'
      ? sgr('green', true)
      : status === 'limit'
        ? sgr('yellow', true)
        : sgr('red', true);
  const width = Math.max(8, cols - GUTTER_COLUMNS);
  const rows: string[] = [];
  let row = '──';
  for (const [i, part] of parts.entries()) {
    const piece = `${i === 0 ? ' ' : ' · '}${escapeForTerminal(part)}`;
    if (columns(row + piece) > width && row !== '──') {
      rows.push(row);
      row = '  ';
    }
    row += row === '  ' ? piece.replace(/^ · /, '') : piece;
  }
  if (columns(row + ' ──') <= width) row += ' ──';
  rows.push(row);
  const pad = ' '.repeat(GUTTER_COLUMNS);
  return rows.flatMap((r) => wrap(r, width, 2)).map((r) => `${pad}${colour}${r}${RESET}`);
}
