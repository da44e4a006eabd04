import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadWebModule } from './helpers/load-ts.mjs';

let escapeForTerminal;
let styleLine;
let compactTime;
before(async () => {
  ({ escapeForTerminal } = await loadWebModule('term/escape.ts'));
  ({ styleLine, compactTime } = await loadWebModule('term/style.ts'));
});

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

test('styling adds only SGR sequences around escaped text', () => {
  const styled = styleLine(15, 0, escapeForTerminal('\x1b]52;c;AAAA\x07'));
  const sequences = styled.match(/\x1b[^m]*m/g) ?? [];
  assert.ok(sequences.length >= 2);
  for (const s of sequences) assert.match(s, /^\x1b\[[\d;]*m$/);
  assert.doesNotMatch(styled.replace(/\x1b\[[\d;]*m/g, ''), CONTROL);
});

test('the time column is narrowed to the width the run needs, and nothing else changes', () => {
  assert.equal(compactTime('      0ms main      poll', 5), '  0ms main      poll');
  assert.equal(compactTime('   1000ms main      ready ()', 6), '1000ms main      ready ()');
  assert.equal(compactTime('     40ms task 1    > 40ms  ', 6), '  40ms task 1    > 40ms  ');
  assert.equal(compactTime(' 123456ms main', 5), '123456ms main');
  assert.equal(compactTime('no time here', 5), 'no time here');
  assert.equal(compactTime('      7ms', 5), '      7ms');
});
