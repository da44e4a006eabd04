// Browser tests for the defects of issue 11, one test (or a few) per defect.
import { test as nodeTest } from 'node:test';
import assert from 'node:assert/strict';
import { terminalLines, waitForPhase } from './helpers/browser.mjs';
import { MISSING, close, cursor, useApp } from './helpers/app.mjs';

const test = (name, fn) => nodeTest(name, { skip: MISSING }, fn);
const pages = {};
const app = useApp('issue11', pages);
const PANIC =
  '#[tokio::main]\nasync fn main() {\n    println!("hi");\n    panic!("boom\\nsecond line");\n}\n';

async function runDone(page) {
  await page.click('[data-action=run]');
  await waitForPhase(page, ['done']);
  await page.waitForFunction(() => window.__pollscope.terminalShownAt() > 0);
}

const setSource = (page, s) => page.evaluate((s) => window.__pollscope.editor.setValue(s), s);

test('1. the scrubber moves the cursor when dragged and with arrow keys, Home and End', async () => {
  const page = await app.page();
  await runDone(page);
  const count = await page.evaluate(() => window.__pollscope.store.state.trace.count);
  const box = await page.locator('[data-control=scrubber]').boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, y, { steps: 4 });
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 4 });
  await page.mouse.up();
  const dragged = await cursor(page);
  assert.ok(Math.abs(dragged - count / 2) <= 2, `dragged to ${dragged} of ${count}`);
  await page.focus('[data-control=scrubber]');
  await page.keyboard.press('Home');
  assert.equal(await cursor(page), 0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await cursor(page), 2);
  await page.keyboard.press('ArrowLeft');
  assert.equal(await cursor(page), 1);
  await page.keyboard.press('End');
  assert.equal(await cursor(page), count);
  await close(page);
});

test('2. editing in the embed keeps Monaco through a typed word', async () => {
  const page = await app.embed('#v=1&example=countdown');
  await page.click('[data-action=edit]');
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.click('.monaco-editor .view-lines');
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// pollscope rocks');
  await page.waitForTimeout(300);
  const source = await page.evaluate(() => window.__pollscope.store.state.source);
  assert.ok(source.includes('// pollscope rocks'), source.slice(-80));
  assert.equal(await page.locator('.monaco-editor').count(), 1);
  assert.equal(await page.locator('.codeview').count(), 0);
  await close(page);
});

test('3. drafts are kept in the page (never the embed) and survive gallery picks and reloads', async () => {
  const page = await app.page();
  const draft = '// my draft\n#[tokio::main]\nasync fn main() {\n    println!("mine");\n}\n';
  await setSource(page, draft);
  await page.waitForFunction((d) => localStorage.getItem('pollscope.draft') === d, draft);
  await page.click('.gallery-item[data-example=lazy_future]');
  await waitForPhase(page, ['done']);
  await page.waitForSelector('[data-role=toast]:not([hidden])');
  assert.match(await page.locator('[data-role=toast]').textContent(), /draft is kept/);
  await page.click('[data-role=draft]');
  assert.equal(await page.evaluate(() => window.__pollscope.store.state.source), draft);
  await page.goto(page.url().split('#')[0]);
  await page.waitForFunction(() => window.__pollscope !== undefined);
  assert.equal(await page.evaluate(() => window.__pollscope.store.state.source), draft);
  // The embed, same origin and storage: editing there never writes it.
  await page.goto(page.url().replace('index.html', 'embed.html') + '#v=1&example=countdown');
  await page.waitForFunction(() => window.__pollscope !== undefined);
  await page.click('[data-action=edit]');
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.click('.monaco-editor .view-lines');
  await page.keyboard.type('x');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => localStorage.getItem('pollscope.draft')), draft);
  await close(page);
});

test('4. messages: one lead word, sentences on lines, one location that moves the editor', async () => {
  const page = await app.page('#v=1&example=lost_waker');
  await runDone(page);
  const banner = page.locator('[data-role=banner] .banner-text');
  const text = await banner.innerText();
  assert.doesNotMatch(text, /deadlock: deadlock/i);
  assert.ok(text.split('\n').length >= 2, text);
  assert.equal(text.match(/\d+:\d+/g)?.length, 1, text);
  const link = page.locator('[data-role=location]');
  const [line, col] = (await link.textContent()).split(':').map(Number);
  await link.click();
  const position = await page.evaluate(() => window.__pollscope.editor.getPosition());
  assert.deepEqual([position.lineNumber, position.column], [line, col]);
  assert.equal(await page.evaluate(() => window.__pollscope.store.state.sourceLine), line);

  await setSource(page, PANIC);
  await runDone(page);
  const panic = await banner.innerText();
  assert.equal(panic.match(/\d+:\d+/g)?.length, 1, panic);
  assert.match(panic, /boom\nsecond line/);
  const lines = await terminalLines(page);
  assert.ok(!lines.some((l) => l.includes('\\x0a')), lines.join('\n'));
  assert.ok(
    lines.some((l) => /^▌ +boom$/.test(l)),
    lines.join('\n'),
  );
  await close(page);
});

test('5. keyboard: skip link, Run within 5 Tabs, no trap in Monaco or xterm, screen reader mode', async () => {
  const page = await app.page();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  let reached = 1;
  while (
    reached < 5 &&
    !(await page.evaluate(() => document.activeElement.dataset.action === 'run'))
  ) {
    await page.keyboard.press('Tab');
    reached++;
  }
  assert.equal(
    await page.evaluate(() => document.activeElement.dataset.action),
    'run',
    `after ${reached} Tabs`,
  );
  const inEditor = () =>
    page.evaluate(() => document.activeElement.closest('.monaco-editor') !== null);
  await page.click('.monaco-editor .view-lines');
  assert.ok(await inEditor());
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  assert.equal(await inEditor(), false, 'Esc then Tab leaves the editor');
  await page.click('.monaco-editor .view-lines');
  const before = await page.evaluate(() => window.__pollscope.editor.getValue());
  await page.keyboard.press('Control+m');
  await page.keyboard.press('Tab');
  assert.equal(await inEditor(), false, 'with Ctrl+M, Tab leaves the editor');
  assert.equal(await page.evaluate(() => window.__pollscope.editor.getValue()), before);
  await page.click('[data-pane=terminal]');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement.closest('[data-pane=terminal]') !== null),
    false,
    'Tab leaves the trace',
  );
  assert.equal(
    await page.evaluate(() => window.__pollscope.terminal.options.screenReaderMode),
    true,
  );
  assert.ok((await page.locator('.xterm-accessibility').count()) > 0);
  await close(page);
});

/** WCAG contrast of two `#rrggbb` or `rgb(...)` colours. */
function contrast(a, b) {
  const rgb = (c) =>
    c.startsWith('#')
      ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16))
      : c.match(/\d+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b2] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('6. every event kind, in both themes, and the Run button reach 4.5:1', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await app.page('', { colorScheme: scheme });
    const kinds = await page.evaluate(() => window.__pollscope.kindColours());
    assert.equal(kinds.length, 22);
    for (const k of kinds) {
      for (const bg of k.backgrounds) {
        const ratio = contrast(k.colour, bg);
        assert.ok(ratio >= 4.5, `${scheme} ${k.name} ${k.colour} on ${bg}: ${ratio.toFixed(2)}`);
      }
    }
    const run = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('[data-action=run]'));
      return { fg: style.color, bg: style.backgroundColor };
    });
    assert.ok(contrast(run.fg, run.bg) >= 4.5, `${scheme} Run ${JSON.stringify(run)}`);
    await close(page);
  }
});

test('7. Step moves by shown events: four Steps under "Output only" show four lines', async () => {
  const page = await app.page();
  await page.click('[data-filter=output]');
  for (let i = 0; i < 4; i++) {
    await page.click('[data-action=step]');
    if (i === 0) await waitForPhase(page, ['done']);
    await page.waitForFunction(() => window.__pollscope.store.state.cursor > 0);
  }
  const shown = await page.evaluate(() => {
    const s = window.__pollscope.store.state;
    let n = 0;
    for (let i = 0; i < s.cursor; i++) if ([15, 16, 21].includes(s.trace.kind(i))) n++;
    return n;
  });
  assert.equal(shown, 4);
  await page.waitForTimeout(300);
  const out = (await terminalLines(page)).filter((l) => l.startsWith('▌'));
  assert.equal(out.length, 4, out.join('\n'));
  await close(page);
});

test('8. terminal layout: no mid-word wraps, "1 task", emoji two columns wide', async () => {
  const page = await app.page('', { width: 1024, height: 768 });
  await runDone(page);
  await page.waitForTimeout(200);
  const layout = await page.evaluate(() => {
    const t = window.__pollscope.terminal;
    const b = t.buffer.active;
    let wrapped = 0;
    let rocket = null;
    for (let i = 0; i < b.length; i++) {
      const line = b.getLine(i);
      if (line.isWrapped) wrapped++;
      const text = line.translateToString(true);
      if (text.includes('🚀')) {
        for (let x = 0; x < t.cols; x++)
          if (line.getCell(x)?.getChars() === '🚀') rocket = line.getCell(x).getWidth();
      }
    }
    return { wrapped, rocket, unicode: t.unicode.activeVersion };
  });
  assert.equal(layout.wrapped, 0, 'no row is wrapped by xterm');
  assert.equal(layout.rocket, 2);
  assert.equal(layout.unicode, 'pollscope');
  const text = (await terminalLines(page)).join('\n');
  assert.match(text, /· 1 task ·/);
  assert.doesNotMatch(text, /diagnosti\n/);
  await close(page);
});

test('9a. Embed dialog: measured height, height script, options, no forced autorun, current step', async () => {
  const page = await app.page();
  await runDone(page);
  for (let i = 0; i < 3; i++) await page.click('[data-action=back]');
  const at = await cursor(page);
  await page.click('[data-menu=share]');
  await page.click('[data-action=embed]');
  const dialog = page.locator('[data-dialog=embed]');
  await dialog.waitFor();
  await page.waitForFunction(
    () => document.querySelector('[data-role=embed-preview]').style.height !== '',
  );
  const previewHeight = await page.evaluate(() =>
    parseInt(document.querySelector('[data-role=embed-preview]').style.height),
  );
  let snippet = await page.locator('[data-role=snippet]').inputValue();
  assert.match(snippet, new RegExp(`height="${previewHeight}"`));
  assert.match(snippet, /<script>.*pollscope:height.*<\/script>/);
  assert.match(snippet, /autorun=1/);
  await page.uncheck('[data-embed=autorun]');
  await page.check('[data-embed=readonly]');
  await page.uncheck('[data-embed=editor]');
  assert.ok(await page.isChecked('[data-embed=step]'), 'the current step is kept by default');
  await page.selectOption('[data-embed=theme]', 'dark');
  snippet = await page.locator('[data-role=snippet]').inputValue();
  assert.doesNotMatch(snippet, /autorun/);
  for (const part of ['readonly=1', 'editor=0', 'theme=dark', `step=${at}`])
    assert.ok(snippet.includes(part), part);
  await page.click('[data-action=copy-embed]');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  await close(page);
});

test('9b. "Open in pollscope" keeps the step and the theme', async () => {
  const embed = await app.embed('#v=1&example=countdown&step=5&theme=dark');
  await waitForPhase(embed, ['done']);
  const href = await embed.locator('[data-role=open]').getAttribute('href');
  assert.match(href, /step=5/);
  assert.match(href, /theme=dark/);
  await close(embed);
  const page = await app.page(new URL(href).hash);
  await waitForPhase(page, ['done']);
  assert.equal(await cursor(page), 5);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await close(page);
});

test('9c. an embed below the fold, on another origin, reports its height at once; 700 px column', async () => {
  const port = new URL(app.server.url).port;
  pages['/blog.html'] =
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>blog</title>
<body style="margin:0"><div style="height:3000px">An article.</div>
<iframe id="f" style="width:700px;height:200px;border:0"></iframe>
<script>window.heights=[];addEventListener('message',e=>{if(e.data&&e.data.type==='pollscope:height')window.heights.push(e.data.height)});
document.getElementById('f').src='http://127.0.0.1:${port}/embed.html'+location.hash;</script></body>`;
  const page = await app.open(`http://localhost:${port}/blog.html#v=1&example=countdown`, {
    height: 700,
  });
  await page.waitForFunction(() => window.heights.length > 0, null, { timeout: 10000 });
  const frame = page.frames().find((f) => f.url().includes('embed.html'));
  const width = await frame.evaluate(
    () => document.querySelector('.code-panel').getBoundingClientRect().width,
  );
  assert.ok(width >= 600, `code pane ${width}px wide in a 700 px column`);
  const clipped = await frame.evaluate(() => {
    const p = document.querySelector('.code-panel');
    return p.getBoundingClientRect().right > window.innerWidth + 1;
  });
  assert.equal(clipped, false);
  await close(page);
});

test('10. scenario headers are not shown to readers, in the page or the embed', async () => {
  const page = await app.page('#v=1&example=lost_waker');
  const source = await page.evaluate(() => window.__pollscope.editor.getValue());
  assert.doesNotMatch(source, /^\/\/!/m);
  assert.doesNotMatch(source, /crosscheck:/);
  assert.match(source, /^use std::future::Future;/);
  await close(page);
  const embed = await app.embed('#v=1&example=select_unbiased_seed');
  const text = await embed.locator('.codeview').innerText();
  assert.doesNotMatch(text, /\/\/!|crosscheck:|part:/);
  await close(embed);
});

test('11. on a phone (390×844) Run is above the fold', async () => {
  const page = await app.page('', { width: 390, height: 844 });
  const box = await page.locator('[data-action=run]').boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 844, JSON.stringify(box));
  assert.ok(await page.locator('[data-action=run]').isVisible());
  await close(page);
});

test('12. after an edit the previous run says it is out of date', async () => {
  const page = await app.page('#v=1&example=lost_waker');
  await runDone(page);
  assert.ok(await page.locator('[data-role=trace-stale]').isHidden());
  assert.ok(await page.locator('[data-role=banner-stale]').isHidden());
  const source = await page.evaluate(() => window.__pollscope.store.state.source);
  await setSource(page, source + '\n// edited\n');
  await page.locator('[data-role=trace-stale]').waitFor();
  assert.ok(await page.locator('[data-role=banner-stale]').isVisible());
  await runDone(page);
  assert.ok(await page.locator('[data-role=trace-stale]').isHidden());
  await close(page);
});

test('13. completion: "sle" then Enter inserts sleep', async () => {
  const page = await app.page();
  await setSource(page, '#[tokio::main]\nasync fn main() {\n    \n}\n');
  await page.evaluate(() => {
    window.__pollscope.editor.setPosition({ lineNumber: 3, column: 5 });
    window.__pollscope.editor.focus();
  });
  await page.keyboard.type('sle');
  await page.waitForSelector('.suggest-widget .monaco-list-row');
  await page.waitForTimeout(200);
  await page.keyboard.press('Enter');
  const line = await page.evaluate(() => window.__pollscope.editor.getModel().getLineContent(3));
  assert.match(line, /sleep/);
  assert.doesNotMatch(line, /select/);
  await close(page);
});

test('14. the downloaded trace has a header and the summary line', async () => {
  const page = await app.page();
  await runDone(page);
  await page.click('[data-menu=trace]');
  await page.click('[data-action=copy-text]');
  await page.waitForSelector('[data-role=toast]:not([hidden])');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.trimEnd().split('\n');
  assert.equal(lines[0], '# pollscope trace');
  assert.ok(
    lines.some((l) => /^# program: .*countdown/.test(l)),
    lines.slice(0, 6).join('\n'),
  );
  assert.ok(lines.includes('# seed: 1'));
  assert.ok(lines.some((l) => l.startsWith('# tokio: 1.24')));
  assert.ok(lines.some((l) => l.startsWith('# max events: ')));
  assert.match(lines[lines.length - 1], /^── completed · 1 task · \d+ polls · .* events ──$/);
  await close(page);
});

test('15. the runtime note says what real Tokio may do differently, and only when it may', async () => {
  const page = await app.page('#v=1&example=spawn_order_fifo');
  await runDone(page);
  const note = page.locator('[data-role=runtime-note]');
  assert.match(await note.innerText(), /multi-thread runtime/);
  const paused = (await page.evaluate(() => window.__pollscope.editor.getValue())).replace(
    '#[tokio::main]',
    '#[tokio::main(flavor = "current_thread", start_paused = true)]',
  );
  await setSource(page, paused);
  await runDone(page);
  assert.equal(await note.count(), 0);
  await close(page);
});
