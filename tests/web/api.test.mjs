// The page's hover and completion entries come from the engine's API families
// (web/tools/gen-api.mjs reads `pollscope api`): the generated file must be current, every
// documented name must be a real native or a docs-only entry of one family, and the lookups the
// editor makes must find the entries they found before the table moved into the engine.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { CLI, entries, families, generate } from '../../web/tools/gen-api.mjs';
import { root } from './helpers/dist.mjs';
import { loadWebModule } from './helpers/load-ts.mjs';

const skip = existsSync(CLI) ? false : 'build/native/pollscope is not built';
let api;
before(async () => {
  api = await loadWebModule('lang/api.ts');
});

test('web/src/lang/api.generated.ts is generated from the current families', { skip }, async () => {
  const current = readFileSync(`${root}web/src/lang/api.generated.ts`, 'utf8');
  assert.ok(current === (await generate()), 'run: node web/tools/gen-api.mjs');
});

test('every family has a name, a summary and something it declares', { skip }, () => {
  const list = families();
  assert.ok(list.length >= 20, `${list.length} families`);
  const paths = new Set();
  for (const f of list) {
    assert.ok(f.name.length > 2 && f.summary.length > 10, f.name);
    assert.ok(f.functions.length + f.methods.length + f.docs.length > 0, f.name);
    for (const fn of f.functions) {
      assert.ok(!paths.has(fn.path), `${fn.path} is declared twice`);
      paths.add(fn.path);
    }
  }
  assert.ok(
    paths.has('tokio::sync::mpsc::channel') && paths.has('std::time::Duration::from_millis'),
  );
});

test('the labels of the library futures are declared by their families', { skip }, () => {
  const labels = new Map(families().map((f) => [f.name, f.labels]));
  assert.deepEqual(labels.get('tokio::sync::mpsc'), ['send', 'recv']);
  assert.deepEqual(labels.get('tokio::time'), ['sleep', 'timeout']);
  assert.deepEqual(labels.get('tokio::sync::oneshot'), ['oneshot::Receiver']);
});

test('the page shows every documented entry, each once, with its family', { skip }, () => {
  const expected = entries(families());
  assert.equal(api.API.length, expected.length);
  for (const e of api.API) {
    assert.ok(e.family.length > 0, e.name);
    assert.ok(
      ['function', 'method', 'macro', 'type', 'variant', 'module'].includes(e.kind),
      e.name,
    );
  }
});

test('hover finds the names it found before, through the generated table', () => {
  const found = (path) => api.lookupApi(path)?.name ?? null;
  assert.equal(found('tokio::task::yield_now'), 'tokio::task::yield_now');
  assert.equal(found('sleep'), 'tokio::time::sleep');
  assert.equal(found('thread::sleep'), 'std::thread::sleep');
  assert.equal(found('spawn'), 'tokio::spawn');
  assert.equal(found('tokio::sync::oneshot::channel'), 'tokio::sync::oneshot::channel');
  assert.equal(found('mpsc::channel'), 'tokio::sync::mpsc::channel');
  assert.equal(found('rx.recv'), 'recv');
  assert.equal(found('Mutex'), 'tokio::sync::Mutex');
  assert.equal(found('Poll::Pending'), 'Poll::Pending');
  assert.equal(found('Future'), 'Future');
  assert.equal(found('tokio::main'), 'tokio::main');
  assert.equal(found('Box::pin'), 'Box::pin');
  assert.equal(found('Instant::now'), 'Instant::now');
  assert.equal(found('futures::future::join_all'), 'join_all');
  assert.equal(found('handle.abort'), 'JoinHandle::abort');
  assert.equal(found('interval.tick'), 'tick');
});
