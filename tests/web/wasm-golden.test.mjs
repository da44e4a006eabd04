// The WebAssembly build against the native golden traces: every gallery scenario that has
// tests/golden/NAME.trace is run through Embind in slices, the way the page's worker runs it, and
// its text must be byte-identical to the native trace, run after run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { root } from './helpers/dist.mjs';
import { loadWebModule } from './helpers/load-ts.mjs';

const ENGINE = `${root}build/wasm/pollscope_wasm.js`;
const WASM = `${root}build/wasm/pollscope_wasm.wasm`;
const SLICE = 5000;
const RECORD_WORDS = 8;
/** Event kinds are 0…21 (engine/trace/event.h). */
const KIND_COUNT = 22;

const scenarios = readdirSync(`${root}scenarios`)
  .filter((f) => f.endsWith('.rs'))
  .map((f) => f.slice(0, -3))
  .sort();

let engine = null;
async function loadEngine() {
  if (!engine) {
    const { default: createEngine } = await import(pathToFileURL(ENGINE).href);
    engine = await createEngine({ wasmBinary: readFileSync(WASM) });
  }
  return engine;
}

/** One run with default options, advanced SLICE events at a time. */
function run(module, source) {
  const session = new module.Session(source, '{}');
  try {
    let text = '';
    const records = [];
    let slices = 0;
    for (;;) {
      const finished = session.advance(SLICE);
      text += session.takeText();
      records.push(session.takeRecords());
      slices++;
      if (finished) break;
      assert.ok(slices < 100000, 'the run never finishes');
    }
    const words = new Uint32Array(records.reduce((n, r) => n + r.length, 0));
    let at = 0;
    for (const r of records) {
      words.set(r, at);
      at += r.length;
    }
    return {
      text,
      words,
      count: session.eventCount(),
      summary: JSON.parse(session.summary()),
      taskNames: JSON.parse(session.taskNames()),
    };
  } finally {
    session.delete();
  }
}

const missingEngine =
  existsSync(ENGINE) && existsSync(WASM)
    ? false
    : 'build/wasm is not built (scripts/build-wasm.sh)';

for (const name of scenarios) {
  const golden = `${root}tests/golden/${name}.trace`;
  const skip =
    missingEngine || (existsSync(golden) ? false : `no golden trace tests/golden/${name}.trace`);
  test(`wasm trace of ${name} matches the native golden trace`, { skip }, async () => {
    const module = await loadEngine();
    const source = readFileSync(`${root}scenarios/${name}.rs`, 'utf8');
    const expected = readFileSync(golden, 'utf8');
    const first = run(module, source);
    assert.ok(
      first.text === expected,
      `${name}: wasm trace differs from tests/golden/${name}.trace\n${firstDifference(first.text, expected)}`,
    );
    const second = run(module, source);
    assert.ok(second.text === first.text, `${name}: a second run differs`);
    assert.deepEqual(second.words, first.words, `${name}: a second run has other records`);

    assert.ok(
      first.count > 0,
      `${name}: no events (${first.summary.status}: ${first.summary.message})`,
    );
    assert.equal(first.words.length, RECORD_WORDS * first.count);
    const lines = first.text.split('\n').length - 1;
    assert.equal(lines, first.count, 'one text line per event');
    for (let i = 0; i < first.count; i++) {
      const kind = first.words[i * RECORD_WORDS + 7] & 0xff;
      assert.ok(kind < KIND_COUNT, `${name}: event ${i} has unknown kind ${kind}`);
    }
    const last = first.words[(first.count - 1) * RECORD_WORDS + 7] & 0xff;
    assert.equal(last, 21, 'the last event is RunEnd');

    // The page takes the time from the record and the rest of the line from the engine: its time
    // field must be the engine's, byte for byte.
    const { engineTime } = await loadWebModule('term/line.ts');
    const textLines = first.text.split('\n');
    for (let i = 0; i < first.count; i++) {
      const us = first.words[i * RECORD_WORDS + 1] * 2 ** 32 + first.words[i * RECORD_WORDS];
      const field = engineTime(us);
      assert.ok(textLines[i].startsWith(`${field} `), `${name}: event ${i}: ${textLines[i]}`);
    }
    assert.equal(first.taskNames[0], 'main');
    assert.equal(first.taskNames.length, first.summary.tasks, `${name}: one name per task`);
  });
}

function firstDifference(actual, expected) {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) {
      return `first difference at line ${i + 1}:\n  wasm:   ${JSON.stringify(a[i])}\n  golden: ${JSON.stringify(e[i])}`;
    }
  }
  return 'same lines, different bytes';
}
