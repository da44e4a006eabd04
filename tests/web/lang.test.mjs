import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { loadWebModule } from './helpers/load-ts.mjs';

let api;
let highlight;
let catalog;
before(async () => {
  api = await loadWebModule('lang/api.ts');
  highlight = await loadWebModule('lang/highlight.ts');
});

test('runtime names are found by full path, shorter path and last segment', () => {
  assert.equal(api.lookupApi('tokio::time::sleep').name, 'tokio::time::sleep');
  assert.equal(api.lookupApi('time::sleep').name, 'tokio::time::sleep');
  assert.equal(api.lookupApi('Poll::Ready').name, 'Poll::Ready');
  assert.equal(api.lookupApi('cx.waker').name, 'cx.waker');
  assert.equal(api.lookupApi('tokio::select!').name, 'tokio::select!');
  assert.equal(api.lookupApi('println!').name, 'println!');
  assert.equal(api.lookupApi('Duration::from_millis').name, 'Duration::from_millis');
  assert.equal(api.lookupApi('no_such_thing'), null);
});

test('every entry has a one-line doc and a signature', () => {
  for (const entry of api.API) {
    assert.ok(entry.doc.length > 10 && !entry.doc.includes('\n'), entry.name);
    assert.ok(entry.signature.length > 0, entry.name);
  }
});

test('the tokenizer keeps every character and classifies the basics', () => {
  const source =
    '//! Title\n#[tokio::main]\nasync fn main() {\n    let s = "a \\" 🚀";\n    println!("{}", 42u32);\n}\n';
  const tokens = highlight.tokenize(source);
  assert.equal(tokens.map((t) => t.text).join(''), source);
  const cls = (text) => tokens.find((t) => t.text === text)?.cls;
  assert.equal(cls('//! Title'), 'comment');
  assert.equal(cls('#[tokio::main]'), 'attr');
  assert.equal(cls('async'), 'keyword');
  assert.equal(cls('println!'), 'macro');
  assert.equal(cls('"a \\" 🚀"'), 'string');
  assert.equal(cls('42u32'), 'number');
  const lines = highlight.tokenizeLines(source);
  assert.equal(lines.length, source.split('\n').length);
});
