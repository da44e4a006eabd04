// Browser tests of what playground users expect: two-way linking, task filter, search, shortcuts,
// Compare, and the ways to real Tokio (Rust Playground, Cargo project).
import { test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { waitForPhase } from './helpers/browser.mjs';
import { MISSING, close, cursor, useApp } from './helpers/app.mjs';

const test = (name, fn) => nodeTest(name, { skip: MISSING }, fn);
const app = useApp('features');

async function runDone(page) {
  await page.click('[data-action=run]');
  await waitForPhase(page, ['done']);
  await page.waitForFunction(() => window.__pollscope.terminalShownAt() > 0);
  await page.waitForTimeout(150);
}

/** The screen point of the terminal row showing event `i` (it must be on screen). */
function rowOfEvent(page, i) {
  return page.evaluate((i) => {
    const t = window.__pollscope.terminal;
    const b = t.buffer.active;
    const flat = (text) => text.replace(/\s+/g, ' ').trim();
    const body = flat(window.__pollscope.store.state.trace.line(i).replace(/^\s*\S+/, ''));
    for (let y = 0; y < t.rows; y++) {
      const row = b.getLine(b.viewportY + y)?.translateToString(true) ?? '';
      if (flat(row).endsWith(body)) {
        const rect = document
          .querySelector('[data-pane=terminal] .xterm-screen')
          .getBoundingClientRect();
        return { x: rect.left + 40, y: rect.top + ((y + 0.5) * rect.height) / t.rows };
      }
    }
    return null;
  }, i);
}

test('two-way linking: a trace line shows its source; the editor line lights its events', async () => {
  const page = await app.page();
  await runDone(page);
  const target = await page.evaluate(() => {
    const s = window.__pollscope.store.state;
    for (let i = s.trace.count - 1; i >= 0; i--)
      if (s.trace.kind(i) === 15 && s.trace.span(i)) return i;
    return null;
  });
  assert.notEqual(target, null);
  const point = await rowOfEvent(page, target);
  assert.ok(point, 'the output line is on screen');
  await page.mouse.click(point.x, point.y);
  assert.equal(await page.evaluate(() => window.__pollscope.store.state.selected), target);
  const spanLine = await page.evaluate(
    (i) => window.__pollscope.store.state.trace.span(i).line,
    target,
  );
  assert.equal(await page.evaluate(() => window.__pollscope.highlightedLine()), spanLine);
  assert.ok((await page.locator('.row-picked').count()) > 0, 'the picked row is lit');

  await page.evaluate((line) => {
    const editor = window.__pollscope.editor;
    editor.focus();
    editor.setPosition({ lineNumber: line, column: 1 });
  }, spanLine);
  await page.waitForFunction(() => document.querySelectorAll('.row-related').length > 0);
  await close(page);
});

test('arrow keys on the trace step through it', async () => {
  const page = await app.page();
  await runDone(page);
  await page.click('[data-action=start]');
  await page.click('[data-pane=terminal]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await cursor(page), 2);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await cursor(page), 1);
  await page.keyboard.press('End');
  assert.equal(
    await cursor(page),
    await page.evaluate(() => window.__pollscope.store.state.trace.count),
  );
  await close(page);
});

test('the trace can show one task only', async () => {
  const page = await app.page('#v=1&example=spawn_order_fifo');
  await runDone(page);
  const names = await page.locator('[data-control=task] option').allTextContents();
  assert.ok(names.length >= 3, names.join(', '));
  await page.selectOption('[data-control=task]', '1');
  await page.waitForTimeout(300);
  const tasks = await page.evaluate(() => {
    const s = window.__pollscope.store.state;
    const shown = new Set();
    for (let i = 0; i < s.trace.count; i++) if (s.trace.kind(i) !== 21) shown.add(s.trace.task(i));
    return { filter: s.taskFilter, name: s.trace.taskName(1) };
  });
  assert.equal(tasks.filter, 1);
  const lines = (
    await page.evaluate(() => {
      const b = window.__pollscope.terminal.buffer.active;
      return Array.from({ length: b.length }, (_, i) => b.getLine(i).translateToString(true));
    })
  ).filter((l) => /^\s+\d+ms /.test(l));
  assert.ok(lines.length > 0);
  for (const l of lines) assert.ok(l.includes(` ${tasks.name} `) || l.includes('runtime'), l);
  await close(page);
});

test('search finds text in the trace', async () => {
  const page = await app.page();
  await runDone(page);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.control), 'search');
  await page.keyboard.type('Counting down');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() =>
    /\d+\/\d+/.test(document.querySelector('[data-role=search-count]').textContent),
  );
  const [, count] = (await page.locator('[data-role=search-count]').textContent())
    .split('/')
    .map(Number);
  assert.equal(count, 3);
  await close(page);
});

test('? lists the keyboard shortcuts and what the colours mean', async () => {
  const page = await app.page();
  await page.click('[data-pane=terminal]');
  await page.keyboard.press('?');
  const dialog = page.locator('[data-dialog=shortcuts]');
  await dialog.waitFor();
  assert.ok((await dialog.locator('.shortcuts tr').count()) >= 8);
  assert.equal(await dialog.locator('.legend li').count(), 22);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await close(page);
});

test('Compare shows two seeds side by side and the first differing event', async () => {
  const page = await app.page('#v=1&example=select_unbiased_seed');
  await page.click('[data-action=compare]');
  await page.fill('[data-compare=seed-a]', '1');
  await page.fill('[data-compare=seed-b]', '2');
  await page.click('[data-action=compare-run]');
  await page.waitForFunction(
    () =>
      /differ|identical/.test(document.querySelector('[data-role=compare-verdict]').textContent),
    null,
    { timeout: 20000 },
  );
  assert.match(
    await page.locator('[data-role=compare-verdict]').textContent(),
    /first differ at event \d+/,
  );
  assert.equal(await page.locator('.compare-row.differs').count(), 2);
  await page.selectOption('[data-compare=tokio-b]', '1.29');
  await page.fill('[data-compare=seed-b]', '1');
  await page.click('[data-action=compare-run]');
  await page.waitForFunction(
    () => document.querySelector('[data-action=compare-run]').disabled === false,
  );
  assert.match(await page.locator('[data-role=compare-verdict]').textContent(), /identical|differ/);
  await close(page);
});

test('Open in the Rust Playground and Copy as a Cargo project', async () => {
  const page = await app.page();
  await page.evaluate(() => {
    window.opened = [];
    window.open = (url) => window.opened.push(url);
  });
  await page.click('[data-menu=share]');
  await page.click('[data-action=playground]');
  const [url] = await page.evaluate(() => window.opened);
  assert.match(
    url,
    /^https:\/\/play\.rust-lang\.org\/\?version=stable&mode=debug&edition=2021&code=/,
  );
  const code = decodeURIComponent(url.split('code=')[1]);
  assert.match(code, /#\[tokio::main\(flavor = "current_thread", start_paused = true\)\]/);
  await page.click('[data-menu=share]');
  await page.click('[data-action=cargo]');
  await page.waitForSelector('[data-role=toast]:not([hidden])');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /cat > Cargo\.toml <<'POLLSCOPE_EOF'/);
  assert.match(
    text,
    /tokio = \{ version = "1\.24", features = \[.*"macros".*"rt".*"time".*"test-util".*\] \}/,
  );
  assert.match(text, /cat > src\/main\.rs <<'POLLSCOPE_EOF'\n/);
  assert.match(text, /struct CountdownFuture/);
  await close(page);
});
