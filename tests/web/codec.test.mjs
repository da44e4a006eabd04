import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import LZString from 'lz-string';
import { loadWebModule } from './helpers/load-ts.mjs';

let codec;
let lz;
before(async () => {
  codec = await loadWebModule('url/codec.ts');
  lz = await loadWebModule('url/lz.ts');
});

const EMOJI_SOURCE = 'fn main() {\n    println!("Blastoff! 🚀 — naïve “quotes” 日本語 👩‍👩‍👧");\n}\n';

function link(patch) {
  return { ...codec.emptyLink(), ...patch };
}

test('code with emoji, seed and options survives a round trip', () => {
  const hash = codec.formatHash(
    link({
      code: EMOJI_SOURCE,
      seed: 42,
      tokio: '1.29',
      maxEvents: 1000000,
      filter: 'output',
      speed: 25,
    }),
  );
  assert.match(hash, /^v=1&code=/);
  const { state, error } = codec.parseHash('#' + hash);
  assert.equal(error, null);
  assert.equal(state.code, EMOJI_SOURCE);
  assert.equal(state.seed, 42);
  assert.equal(state.tokio, '1.29');
  assert.equal(state.maxEvents, 1000000);
  assert.equal(state.filter, 'output');
  assert.equal(state.speed, 25);
});

test('an example link names the example and no code', () => {
  const hash = codec.formatHash(link({ example: 'countdown', seed: 7, tokio: '1.24' }));
  assert.equal(hash, 'v=1&example=countdown&seed=7&tokio=1.24');
  const { state, error } = codec.parseHash(hash);
  assert.equal(error, null);
  assert.equal(state.example, 'countdown');
  assert.equal(state.code, null);
});

test('embed options are written only for embeds and read back', () => {
  const embed = {
    readonly: true,
    autorun: true,
    editor: false,
    theme: 'dark',
    step: 12,
    height: 500,
  };
  const plain = codec.formatHash(link({ example: 'countdown', embed }));
  assert.doesNotMatch(plain, /autorun/);
  const hash = codec.formatHash(link({ example: 'countdown', embed }), true);
  assert.deepEqual(codec.parseHash(hash).state.embed, embed);
});

test('the product-style #code/<lz> and #example/<name> forms are read', () => {
  const lzText = LZString.compressToEncodedURIComponent(EMOJI_SOURCE);
  assert.equal(codec.parseHash(`#code/${lzText}&seed=5`).state.code, EMOJI_SOURCE);
  assert.equal(codec.parseHash(`#code/${lzText}&seed=5`).state.seed, 5);
  assert.equal(codec.parseHash('#example/lazy').state.example, 'lazy');
});

test('an empty hash is no error and no program', () => {
  for (const hash of ['', '#']) {
    const { state, error } = codec.parseHash(hash);
    assert.equal(error, null);
    assert.equal(state.code, null);
    assert.equal(state.example, null);
  }
});

test('an unknown version is refused with a message', () => {
  const { state, error } = codec.parseHash('#v=2&code=abc');
  assert.match(error, /v=2/);
  assert.equal(state.code, null);
});

test('damaged lz-string data is refused with a message', () => {
  for (const bad of [
    '#v=1&code=',
    '#v=1&code=%%%%',
    '#v=1&code=!!!!',
    '#v=1&code=<script>alert(1)</script>',
    '#v=1&code=A',
  ]) {
    const { state, error } = codec.parseHash(bad);
    assert.ok(error, `no error for ${bad}`);
    assert.equal(state.code, null);
  }
});

test('an oversized hash is refused before decoding', () => {
  const { error } = codec.parseHash('#v=1&code=' + 'A'.repeat(codec.MAX_HASH_CHARS + 1));
  assert.match(error, /too long/);
});

test('a decompression bomb is refused without building the text', () => {
  const bomb = LZString.compressToEncodedURIComponent('a'.repeat(5_000_000));
  assert.ok(bomb.length < codec.MAX_HASH_CHARS);
  const started = Date.now();
  const { error } = codec.parseHash('#v=1&code=' + bomb);
  assert.match(error, /damaged or too large/);
  assert.ok(Date.now() - started < 2000);
});

test('hostile example names and option values are refused or ignored', () => {
  assert.ok(codec.parseHash('#v=1&example=../../etc/passwd').error);
  assert.ok(codec.parseHash('#v=1&example=%E0%A4%A').error);
  const { state, error } = codec.parseHash(
    '#v=1&example=countdown&seed=-1&tokio=9&maxEvents=1e9&filter=evil&speed=3&height=1&step=x',
  );
  assert.equal(error, null);
  assert.equal(state.seed, null);
  assert.equal(state.tokio, null);
  assert.equal(state.maxEvents, null);
  assert.equal(state.filter, null);
  assert.equal(state.speed, null);
  assert.equal(state.embed.height, null);
  assert.equal(state.embed.step, null);
});

test('the bounded decoder agrees with lz-string on many texts', () => {
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const alphabet = 'ab c\n{}();:🚀é日\u0000\u001b\uffff';
  const chars = [...alphabet];
  for (let i = 0; i < 300; i++) {
    let text = '';
    const n = Math.floor(rand() * 400);
    for (let j = 0; j < n; j++) text += chars[Math.floor(rand() * chars.length)];
    if (text === '') continue;
    const packed = LZString.compressToEncodedURIComponent(text);
    assert.equal(lz.decompressFromUriBounded(packed, 1_000_000), text);
  }
});

test('the bounded decoder stops at its limit', () => {
  const packed = LZString.compressToEncodedURIComponent('x'.repeat(1000));
  assert.equal(lz.decompressFromUriBounded(packed, 999), null);
  assert.equal(lz.decompressFromUriBounded(packed, 1000), 'x'.repeat(1000));
});

test('random garbage never throws', () => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$&=/%#';
  let seed = 99;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let i = 0; i < 500; i++) {
    let text = '';
    const n = Math.floor(rand() * 200);
    for (let j = 0; j < n; j++) text += alphabet[Math.floor(rand() * alphabet.length)];
    assert.doesNotThrow(() => codec.parseHash('#v=1&code=' + text));
    assert.doesNotThrow(() => codec.parseHash('#' + text));
  }
});
