import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadWebModule } from './helpers/load-ts.mjs';

let escapeForTerminal;
let line;
before(async () => {
  ({ escapeForTerminal } = await loadWebModule('term/escape.ts'));
  line = await loadWebModule('term/line.ts');
});

/** A stand-in for the recorded trace: one event of `kind` with the engine's `text` at `us`. */
function oneEvent(text, kind, us = 0, depth = 0) {
  return {
    timeUs: () => us,
    kind: () => kind,
    depth: () => depth,
    line: () => text,
  };
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

test('plain text, emoji and box drawing pass unchanged', () => {
  for (const text of [
    'Counting down: 3',
    'Blastoff! 🚀',
    '  0.000ms  t0  │ poll main',
    'naïve 日本語',
  ]) {
    assert.equal(escapeForTerminal(text), text);
  }
});

test('ESC becomes a visible \\x1b', () => {
  assert.equal(escapeForTerminal('\x1b[2J'), '\\x1b[2J');
});

test('OSC 52 clipboard and OSC 8 hyperlinks are shown, not run', () => {
  const osc52 = '\x1b]52;c;SGVsbG8=\x07';
  assert.equal(escapeForTerminal(osc52), '\\x1b]52;c;SGVsbG8=\\x07');
  const osc8 = '\x1b]8;;https://example.invalid\x1b\\click\x1b]8;;\x1b\\';
  assert.doesNotMatch(escapeForTerminal(osc8), CONTROL);
});

test('C1 controls (8-bit CSI and OSC) are escaped as \\u{..}', () => {
  assert.equal(escapeForTerminal('\u009b31m'), '\\u{9b}31m');
  assert.equal(escapeForTerminal('\u009d0;title\u009c'), '\\u{9d}0;title\\u{9c}');
});

test('every C0 control, DEL, CR and newline is escaped', () => {
  for (let c = 0; c < 0x20; c++) {
    const out = escapeForTerminal(`a${String.fromCharCode(c)}b`);
    assert.doesNotMatch(out, CONTROL, `code ${c}`);
    assert.ok(out.startsWith('a\\') && out.endsWith('b'));
  }
  assert.equal(escapeForTerminal('\x7f'), '\\x7f');
  assert.equal(escapeForTerminal('a\rb'), 'a\\rb');
  assert.equal(escapeForTerminal('a\nb'), 'a\\nb');
});

test('bidi overrides are made visible', () => {
  assert.equal(escapeForTerminal('a\u202eb'), 'a\\u{202e}b');
  assert.equal(escapeForTerminal('\u2066x\u2069'), '\\u{2066}x\\u{2069}');
});

test('no output of any code unit below U+0100 contains a control character', () => {
  let all = '';
  for (let c = 0; c < 0x100; c++) all += String.fromCharCode(c);
  assert.doesNotMatch(escapeForTerminal(all), CONTROL);
});

test('event rows add only SGR sequences around escaped text', () => {
  const rows = line.eventRows(oneEvent('      0ms main        > \x1b]52;c;AAAA\x07', 15), 0, {
    timeWidth: 5,
    cols: 80,
  });
  const styled = rows.join('\n');
  const sequences = styled.match(/\x1b[^m]*m/g) ?? [];
  assert.ok(sequences.length >= 2);
  for (const s of sequences) assert.match(s, /^\x1b\[[\d;]*m$/);
  assert.doesNotMatch(styled.replace(/\x1b\[[\d;]*m/g, ''), CONTROL);
});

test('the time comes from the record, narrowed to the width the run needs', () => {
  const plain = (rows) => rows.map((r) => r.replace(/\x1b\[[\d;]*m/g, ''));
  const layout = { timeWidth: 6, cols: 80 };
  assert.deepEqual(
    plain(line.eventRows(oneEvent('     40ms task 1    poll', 1, 40000), 0, layout)),
    ['    40ms task 1    poll'],
  );
  assert.deepEqual(
    plain(line.eventRows(oneEvent('    1.500ms main      poll', 1, 1500), 0, layout)),
    ['  1.500ms main      poll'],
  );
  assert.equal(line.engineTime(40000), '     40ms');
  assert.equal(line.engineTime(1500), '    1.500ms');
  assert.equal(line.timeLabel(123456000), '123456ms');
});

test('long lines wrap at spaces under the text; newlines in output start new rows', () => {
  const plain = (rows) => rows.map((r) => r.replace(/\x1b\[[\d;]*m/g, ''));
  const text =
    '      0ms main        2> thread panicked at src/main.rs:4:5:\\x0aboom\\x0anote: more';
  const rows = plain(line.eventRows(oneEvent(text, 15, 0, 1), 0, { timeWidth: 3, cols: 40 }));
  assert.deepEqual(rows, [
    '▌ 0ms main        2> thread panicked at',
    '▌                    src/main.rs:4:5:',
    '▌                    boom',
    '▌                    note: more',
  ]);
  for (const r of rows) assert.ok(r.length <= 40);
  assert.deepEqual(line.wrap('aaaa bbbb cccc', 9, 2), ['aaaa bbbb', '  cccc']);
  assert.deepEqual(line.wrap('abcdefghij', 4, 0), ['abcd', 'efgh', 'ij']);
});

test('a printed backslash stays text: only an unescaped \\x0a starts a new row', () => {
  // The engine writes `\` as `\\` and a newline as `\x0a` (engine/trace/format.cpp).
  assert.deepEqual(line.outputSegments('> a\\\\x0ab\\x0ac\\\\d'), ['> a\\x0ab', 'c\\d']);
  assert.deepEqual(line.outputSegments('> one'), ['> one']);
  assert.deepEqual(line.outputSegments('x\\\\\\x0ay'), ['x\\', 'y']);
});

test('the summary breaks between its parts', () => {
  const rows = line
    .summaryRows('completed', ['completed', '1 task', '4 polls', '3 wakes', '0 ms virtual'], 30)
    .map((r) => r.replace(/\x1b\[[\d;]*m/g, ''));
  assert.deepEqual(rows, [
    '  ── completed · 1 task',
    '    4 polls · 3 wakes',
    '    0 ms virtual ──',
  ]);
});
