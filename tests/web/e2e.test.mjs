// Browser tests against the production build of the page with the real engine.
import { test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { launch, openPage, terminalLines, waitForPhase } from './helpers/browser.mjs';
import { engineMissing, productionBuild, root } from './helpers/dist.mjs';
import { serve } from './helpers/server.mjs';

const MISSING = engineMissing();
/** Every test here needs the engine: without build/wasm they are skipped, saying why. */
const test = (name, fn) => nodeTest(name, { skip: MISSING }, fn);
const SHOTS = `${root}build/screenshots`;
const ENDLESS =
  '#[tokio::main]\nasync fn main() {\n    let mut i = 0;\n    loop {\n        i += 1;\n        tokio::task::yield_now().await;\n    }\n}\n';

let server;
let browser;
const HOST_PAGE = `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title><body style="margin:0;background:#eee">
<p>An article about async Rust.</p><iframe id="f" style="width:900px;height:300px;border:0"></iframe>
<script type="module">
window.heights = [];
addEventListener('message', (e) => { if (e.data && e.data.type === 'pollscope:height') window.heights.push(e.data.height); });
document.getElementById('f').src = './embed.html' + location.hash;
</script></body>`;

before(async () => {
  if (MISSING) return;
  const dist = await productionBuild();
  server = await serve(dist, { '/host.html': HOST_PAGE });
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function fullPage(hash = '', opts = {}) {
  const page = await openPage(browser, `${server.url}/index.html${hash}`, opts);
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.waitForFunction(() => window.__pollscope !== undefined);
  return page;
}

/** The summary line, its rows joined (the terminal breaks it between parts to fit). */
function summaryLine(lines) {
  const start = lines.findLastIndex((l) => l.trimStart().startsWith('──'));
  return lines
    .slice(start)
    .map((l) => l.trim())
    .join(' · ')
    .replace(/ · · /g, ' · ');
}

/** Rows joined where the terminal continued a long output line on the next row. */
function unwrapped(lines) {
  return lines.join('\n').replace(/\n▌ +/g, '');
}

function outputLines(lines) {
  return lines.filter((l) => l.startsWith('▌')).map((l) => l.slice(1).trim());
}

async function setSource(page, source) {
  await page.evaluate((s) => window.__pollscope.editor.setValue(s), source);
}

async function close(page) {
  const errors = page.errors;
  await page.context().close();
  assert.deepEqual(errors, [], 'console errors');
}

test('the default program runs and its output streams into the terminal', async () => {
  const page = await fullPage();
  assert.equal(await page.locator('[data-role=banner]').isHidden(), true);
  assert.equal(await page.locator('.gallery-item.on').getAttribute('data-example'), 'countdown');
  await page.click('[data-action=run]');
  await waitForPhase(page, ['done']);
  await page.waitForFunction(() => window.__pollscope.terminal.buffer.active.length > 5);
  await page.waitForTimeout(200);
  const lines = await terminalLines(page);
  const output = outputLines(lines);
  const events = await page.evaluate(() => window.__pollscope.store.state.trace.count);
  assert.ok(events > 5);
  assert.ok(
    output.some((l) => l.includes('Counting down')),
    lines.join('\n'),
  );
  assert.match(
    summaryLine(lines),
    /completed · \d+ tasks? · \d+ polls · \d+ wakes · \d+ ms virtual · \d+ diagnostics/,
  );
  const printed = output.map((l) => l.replace(/^.*?(Counting down: \d|Blastoff! 🚀)$/, '$1'));
  assert.deepEqual(
    printed.filter((l) => /Counting down|Blastoff/.test(l)),
    ['Counting down: 3', 'Counting down: 2', 'Counting down: 1', 'Blastoff! 🚀'],
  );
  assert.equal(await page.locator('[data-role=outcome]').textContent(), 'completed');
  await close(page);
});

test('an error in the code shows a marker', async () => {
  const page = await fullPage();
  const source = await page.evaluate(() => window.__pollscope.store.state.source);
  await setSource(page, source + '\nfn broken( {\n');
  await page.waitForFunction(() => window.__pollscope.store.state.diagnostics.length > 0, null, {
    timeout: 10000,
  });
  await page.evaluate(() =>
    window.__pollscope.editor.revealLine(window.__pollscope.store.state.diagnostics[0].line),
  );
  await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 10000 });
  const markers = await page.evaluate(() => window.__pollscope.store.state.diagnostics);
  assert.ok(markers.length > 0 && markers[0].severity === 'error');
  assert.ok(markers[0].line >= source.split('\n').length - 1);
  await close(page);
});

test('completion and hover know the runtime names', async () => {
  const page = await fullPage();
  await setSource(page, '#[tokio::main]\nasync fn main() {\n    \n}\n');
  await page.evaluate(() => {
    const editor = window.__pollscope.editor;
    editor.setPosition({ lineNumber: 3, column: 5 });
    editor.focus();
  });
  await page.keyboard.type('tokio::ti');
  await page.keyboard.press('Control+Space');
  await page.waitForSelector('.suggest-widget .monaco-list-row');
  const rows = await page.locator('.suggest-widget .monaco-list-row').allTextContents();
  assert.ok(
    rows.some((r) => r.includes('tokio::time::sleep')),
    rows.join(' | '),
  );
  await page.keyboard.press('Escape');
  await setSource(
    page,
    '#[tokio::main]\nasync fn main() {\n    tokio::task::yield_now().await;\n}\n',
  );
  const box = await page.evaluate(() => {
    const editor = window.__pollscope.editor;
    const pos = editor.getScrolledVisiblePosition({ lineNumber: 3, column: 20 });
    const rect = editor.getDomNode().getBoundingClientRect();
    return { x: rect.left + pos.left, y: rect.top + pos.top + pos.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector('.monaco-hover-content', { timeout: 10000 });
  assert.match(await page.locator('.monaco-hover-content').first().textContent(), /yield_now/);
  await close(page);
});

const PART_ORDER = [
  ['article', 'From the article'],
  ['laziness', 'Laziness'],
  ['state-machines', 'State machines'],
  ['pin', 'Pin'],
  ['wakers', 'Wakers'],
  ['executors', 'Executors'],
  ['join-select-timeout', 'join, select, timeout'],
  ['channels-sync', 'Channels & sync'],
  ['bugs', 'Classic bugs'],
];

test('the gallery shows every scenario, grouped by part in the order of the series', async () => {
  const files = readdirSync(`${root}scenarios`).filter((f) => f.endsWith('.rs'));
  const expected = files.map((f) => {
    const header = readFileSync(`${root}scenarios/${f}`, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('//!'))
      .map((l) => l.slice(3).trim());
    const part = header
      .find((l) => l.startsWith('part:'))
      ?.slice(5)
      .trim();
    return { name: f.slice(0, -3), title: header[0], part };
  });
  const page = await fullPage();
  const groups = await page.locator('.gallery-group').evaluateAll((els) =>
    els.map((g) => ({
      label: g.querySelector('h3').textContent,
      items: [...g.querySelectorAll('.gallery-item')].map((b) => ({
        name: b.dataset.example,
        title: b.querySelector('.gi-title').textContent,
        desc: b.querySelector('.gi-desc')?.textContent ?? '',
      })),
    })),
  );
  const labels = groups.map((g) => g.label);
  const wanted = PART_ORDER.filter(([id]) => expected.some((e) => e.part === id)).map(([, l]) => l);
  assert.deepEqual(labels, wanted);
  assert.equal(groups[0].items[0].name, 'countdown');
  const shown = groups.flatMap((g) => g.items.map((i) => ({ ...i, label: g.label })));
  assert.equal(shown.length, expected.length);
  for (const e of expected) {
    const item = shown.find((i) => i.name === e.name);
    assert.ok(item, `${e.name} is in the gallery`);
    assert.equal(item.title, e.title, e.name);
    assert.ok(item.desc.length > 20, `${e.name} has a description`);
    assert.equal(item.label, PART_ORDER.find(([id]) => id === e.part)?.[1], `${e.name} part`);
  }
  await close(page);
});

test('picking a gallery item loads it, names it in the link and runs it', async () => {
  const page = await fullPage();
  const items = await page
    .locator('.gallery-item[data-example]')
    .evaluateAll((els) => els.map((e) => e.dataset.example));
  const other = items.find((n) => n !== 'countdown');
  assert.ok(other, 'the gallery has more than the default example');
  await page.click(`.gallery-item[data-example="${other}"]`);
  await waitForPhase(page, ['done', 'stopped']);
  assert.equal(await page.locator('.gallery-item.on').getAttribute('data-example'), other);
  await page.waitForFunction((n) => location.hash.includes(`example=${n}`), other);
  const title = await page.locator('[data-role=title]').textContent();
  assert.ok(title && title.length > 0);
  await close(page);
});

test('Step, Play and Back move the highlighted line with the current event', async () => {
  const page = await fullPage();
  const expectedLine = () =>
    page.evaluate(() => {
      const s = window.__pollscope.store.state;
      return s.cursor > 0 ? (s.trace.spanAtOrBefore(s.cursor - 1)?.line ?? null) : null;
    });
  const cursor = () => page.evaluate(() => window.__pollscope.store.state.cursor);
  await page.click('[data-action=step]');
  await page.waitForFunction(() => window.__pollscope.store.state.cursor === 1);
  for (let i = 0; i < 3; i++) await page.click('[data-action=step]');
  assert.equal(await cursor(), 4);
  const line4 = await page.evaluate(() => window.__pollscope.highlightedLine());
  assert.ok(line4 !== null);
  assert.equal(line4, await expectedLine());
  assert.ok((await page.locator('.ps-current-line').count()) > 0);

  await page.click('[data-action=back]');
  assert.equal(await cursor(), 3);
  assert.equal(
    await page.evaluate(() => window.__pollscope.highlightedLine()),
    await expectedLine(),
  );

  await page.selectOption('[data-control=speed]', '25');
  await page.click('[data-action=play]');
  await page.waitForFunction(() => window.__pollscope.store.state.cursor >= 8);
  await page.click('[data-action=pause]');
  const paused = await cursor();
  await page.waitForTimeout(300);
  assert.equal(await cursor(), paused);
  assert.equal(
    await page.evaluate(() => window.__pollscope.highlightedLine()),
    await expectedLine(),
  );
  const shown = await terminalLines(page);
  const visible = await page.evaluate(() => {
    const s = window.__pollscope.store.state;
    return Array.from({ length: s.cursor }, (_, i) => s.trace.line(i));
  });
  assert.ok(shown.length >= visible.length - 1);
  await close(page);
});

test('Stop ends an endless program at once and the next run works', async () => {
  const page = await fullPage();
  await setSource(page, ENDLESS);
  await page.selectOption('[data-control=maxEvents]', '5000000');
  await page.click('[data-action=run]');
  await page.waitForFunction(() => window.__pollscope.store.state.trace.count > 20000, null, {
    timeout: 20000,
  });
  await page.click('[data-action=stop]');
  await waitForPhase(page, ['stopped'], 2000);
  const count = await page.evaluate(() => window.__pollscope.store.state.trace.count);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__pollscope.store.state.trace.count), count);
  assert.match(await page.locator('[data-role=banner]').textContent(), /Stopped after/);
  await page.click('[data-action=run]');
  await page.waitForFunction(() => window.__pollscope.store.state.trace.count > 100);
  await page.click('[data-action=stop]');
  await waitForPhase(page, ['stopped'], 2000);
  await close(page);
});

test('a run that reaches the event limit says which limit and where', async () => {
  const page = await fullPage();
  await setSource(page, ENDLESS);
  await page.selectOption('[data-control=maxEvents]', '10000');
  await page.click('[data-action=run]');
  await waitForPhase(page, ['done']);
  const summary = await page.evaluate(() => window.__pollscope.store.state.run.summary);
  assert.equal(summary.status, 'limit');
  const banner = await page.locator('[data-role=banner]').textContent();
  assert.match(banner, /limit/i);
  assert.match(banner, /line \d+:\d+/);
  await close(page);
});

test('a shared link carries emoji source, seed and options', async () => {
  const page = await fullPage();
  const source =
    '// 🚀 naïve “quotes” 日本語\n#[tokio::main]\nasync fn main() {\n    println!("Blastoff! 🚀");\n}\n';
  await setSource(page, source);
  await page.fill('[data-control=seed]', '4242');
  await page.dispatchEvent('[data-control=seed]', 'change');
  await page.selectOption('[data-control=tokio]', '1.29');
  await page.click('[data-filter=output]');
  await page.locator('.monaco-editor textarea').focus();
  await page.keyboard.press('Control+s');
  await page.waitForSelector('[data-role=toast]:not([hidden])');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  await page.waitForFunction(
    () => location.hash.includes('seed=4242') && location.hash.includes('tokio=1.29'),
  );
  assert.equal(copied, await page.evaluate(() => location.href));
  await close(page);

  const again = await fullPage(new URL(copied).hash);
  const state = await again.evaluate(() => {
    const s = window.__pollscope.store.state;
    return {
      source: s.source,
      options: s.options,
      filter: s.filter,
      editor: window.__pollscope.editor.getValue(),
    };
  });
  assert.equal(state.source, source);
  assert.equal(state.editor, source);
  assert.deepEqual(state.options, { seed: 4242, tokio: '1.29', maxEvents: 100000 });
  assert.equal(state.filter, 'output');
  await close(again);
});

test('hostile hashes give a message and the default example, never a blank page', async () => {
  const hashes = [
    '#v=1&code=!!!not-lz!!!',
    '#v=7&code=abc',
    '#v=1&code=' + 'A'.repeat(250000),
    '#v=1&example=../../etc/passwd',
    '#v=1&example=no_such_example',
    '#v=1&code=%E0%A4%A&seed=<img src=x onerror=alert(1)>',
  ];
  for (const hash of hashes) {
    const page = await fullPage(hash);
    const banner = page.locator('[data-role=banner]');
    await banner.waitFor({ state: 'visible' });
    assert.ok((await banner.textContent()).length > 10, hash.slice(0, 40));
    const state = await page.evaluate(() => ({
      example: window.__pollscope.store.state.example,
      imgs: document.querySelectorAll('img').length,
    }));
    assert.equal(state.example, 'countdown', hash.slice(0, 40));
    assert.equal(state.imgs, 0);
    assert.ok(await page.locator('.monaco-editor').isVisible());
    await close(page);
  }
});

test('escape sequences printed by a program are shown, never interpreted', async () => {
  const page = await fullPage();
  await page.evaluate(() => navigator.clipboard.writeText('untouched'));
  const title = await page.title();
  const source =
    '#[tokio::main]\nasync fn main() {\n' +
    '    println!("A\\x1b]52;c;SGVsbG8=\\x07B");\n' +
    '    println!("C\\x1b]8;;https://example.invalid\\x07link\\x1b]8;;\\x07D");\n' +
    '    println!("E\\x1b[2J\\x1b[HF\\u{9b}31mG\\x1b]0;pwned\\x07H");\n' +
    '}\n';
  await setSource(page, source);
  await page.click('[data-action=run]');
  await waitForPhase(page, ['done']);
  await page.waitForTimeout(300);
  const text = unwrapped(await terminalLines(page));
  assert.ok(text.includes('A\\x1b]52;c;SGVsbG8=\\x07B'), text);
  assert.ok(text.includes('C\\x1b]8;;https://example.invalid\\x07link\\x1b]8;;\\x07D'), text);
  assert.ok(text.includes('E\\x1b[2J\\x1b[HF\\u{9b}31mG\\x1b]0;pwned\\x07H'), text);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'untouched');
  assert.equal(await page.title(), title);
  assert.equal(await page.locator('.xterm a, .xterm [href]').count(), 0);
  await close(page);
});

async function millionEventRun() {
  const page = await fullPage();
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await setSource(page, ENDLESS);
  await page.selectOption('[data-control=maxEvents]', '1000000');
  const started = Date.now();
  await page.click('[data-action=run]');
  await waitForPhase(page, ['done'], 180000);
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => ({
    count: window.__pollscope.store.state.trace.count,
    longest: window.__longest,
  }));
  console.log(
    `# 1M-event run: ${result.count} events in ${Date.now() - started} ms, longest main-thread task ${Math.round(result.longest)} ms`,
  );
  await close(page);
  return result;
}

// How long main-thread tasks take is measured by bench/web/perf.mjs (timing is
// not a test); this checks that such a run completes and stays usable.
test('a run of a million events completes and the page stays usable', async () => {
  const { count } = await millionEventRun();
  assert.ok(count >= 999000, `only ${count} events`);
});

test('the embed runs on load, shows the trace and reports its height', async () => {
  const page = await openPage(browser, `${server.url}/host.html#v=1&example=countdown&autorun=1`);
  const frame = page.frameLocator('#f');
  await frame.locator('.codeview').waitFor();
  const handle = await page.waitForFunction(
    () => document.getElementById('f').contentWindow.__pollscope,
  );
  await handle.dispose();
  const child = page.frames().find((f) => f.url().includes('embed.html'));
  await waitForPhase(child, ['done']);
  await page.waitForFunction(
    () => window.heights.length > 0 && window.heights[window.heights.length - 1] > 200,
  );
  await child.waitForTimeout(200);
  const lines = await terminalLines(child);
  assert.ok(
    outputLines(lines).some((l) => l.includes('Counting down')),
    lines.join('\n'),
  );
  assert.equal(await child.locator('.monaco-editor').count(), 0, 'Monaco loads only on Edit');
  const href = await child.locator('[data-role=open]').getAttribute('href');
  assert.match(href, /index\.html#v=1&example=countdown/);
  const storage = await child.evaluate(() => localStorage.length);
  assert.equal(storage, 0);
  assert.equal(await child.evaluate(() => location.hash), '#v=1&example=countdown&autorun=1');
  await child.click('[data-action=edit]');
  await child.waitForSelector('.monaco-editor .view-lines');
  await close(page);
});

test('embed options: trace only, step, readonly and theme', async () => {
  const page = await openPage(
    browser,
    `${server.url}/embed.html#v=1&example=countdown&editor=0&step=3&theme=dark&readonly=1`,
  );
  await page.waitForFunction(() => window.__pollscope?.store.state.run.phase === 'done');
  assert.equal(await page.locator('.codeview').count(), 0);
  assert.equal(await page.evaluate(() => window.__pollscope.store.state.cursor), 3);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await page.locator('[data-action=edit]').isHidden(), true);
  await close(page);
});

const WIDTHS = [
  [1440, 900],
  [1024, 768],
  [390, 844],
];

test('screenshots: full page and embed at 1440, 1024 and 390 px, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    for (const [width, height] of WIDTHS) {
      const page = await fullPage('', { colorScheme: scheme, width, height });
      await page.click('[data-action=run]');
      await waitForPhase(page, ['done']);
      for (let i = 0; i < 6; i++) await page.click('[data-action=back]');
      await page.mouse.move(1, 1);
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${SHOTS}/full-${width}-${scheme}.png` });
      await close(page);

      const embed = await openPage(
        browser,
        `${server.url}/host.html#v=1&example=countdown&autorun=1&theme=${scheme}`,
        { width, height },
      );
      await embed.evaluate((w) => {
        document.getElementById('f').style.width = `${Math.min(w - 20, 900)}px`;
      }, width);
      await embed.waitForFunction(() => window.heights?.length > 0);
      const child = embed.frames().find((f) => f.url().includes('embed.html'));
      await waitForPhase(child, ['done']);
      await embed.waitForTimeout(300);
      await embed.evaluate(() => {
        document.getElementById('f').style.height =
          `${window.heights[window.heights.length - 1]}px`;
      });
      await child.click('[data-action=back]');
      await child.click('[data-action=back]');
      await embed.mouse.move(1, 1);
      await embed.waitForTimeout(1200);
      const box = await embed.locator('#f').boundingBox();
      await embed.screenshot({ path: `${SHOTS}/embed-${width}-${scheme}.png`, clip: box });
      await close(embed);
    }
  }
});
