// How the page copes with a run of about a million events (a benchmark, not a test).
// Serves the production build, opens the full page in headless Chromium and, per round:
//   1. runs a program that yields forever with maxEvents = 1,000,000, recording the longest
//      main-thread task (PerformanceObserver 'longtask') and the time from Run to the trace fully
//      shown (summary line parsed by xterm);
//   2. in the same page session, writes the same trace text (every event's line) straight into a
//      fresh xterm of the same size and options, and times it until xterm has parsed it all.
// Rounds alternate the two measurements; best and median are printed. Task lengths are wall-clock
// times: on a loaded machine the main thread waits for a core inside a task, so each round also
// records a Chromium trace of the run and prints the most CPU time any one main-thread task used.
// Usage: node bench/web/perf.mjs [rounds=3]
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launch, openPage } from '../../tests/web/helpers/browser.mjs';
import { productionBuild } from '../../tests/web/helpers/dist.mjs';
import { serve } from '../../tests/web/helpers/server.mjs';

const ROUNDS = Number(process.argv[2] ?? 3);
const EVENTS = 1_000_000;
const ENDLESS =
  '#[tokio::main]\nasync fn main() {\n    let mut i = 0;\n    loop {\n        i += 1;\n        tokio::task::yield_now().await;\n    }\n}\n';

/** The longest main-thread task of a Chromium trace: its wall time and its CPU time, in ms. */
function tasksOf(file) {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const events = Array.isArray(data) ? data : data.traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'RunTask' || !mains.has(`${e.pid}:${e.tid}`)) continue;
    const t = byThread.get(`${e.pid}:${e.tid}`) ?? { tasks: 0, wall: 0, cpu: 0 };
    t.tasks++;
    t.wall = Math.max(t.wall, (e.dur ?? 0) / 1000);
    t.cpu = Math.max(t.cpu, (e.tdur ?? 0) / 1000);
    byThread.set(`${e.pid}:${e.tid}`, t);
  }
  const busiest = [...byThread.values()].sort((a, b) => b.tasks - a.tasks)[0];
  return busiest ?? { wall: 0, cpu: 0 };
}

async function round(browser, url) {
  const page = await openPage(browser, `${url}/index.html`);
  await page.waitForSelector('.monaco-editor .view-lines');
  await page.waitForFunction(() => window.__pollscope !== undefined);
  await page.evaluate((s) => window.__pollscope.editor.setValue(s), ENDLESS);
  await page.selectOption('[data-control=maxEvents]', String(EVENTS));
  await page.waitForTimeout(500);

  await page.evaluate(() => {
    window.__longest = 0;
    window.__observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    });
    window.__observer.observe({ type: 'longtask', buffered: false });
    document.querySelector('[data-action=run]').addEventListener(
      'click',
      () => {
        window.__runAt = performance.now();
      },
      { once: true, capture: true },
    );
  });
  const traceFile = `${tmpdir()}/pollscope-perf-${process.pid}.json`;
  await browser.startTracing(page, {
    path: traceFile,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.click('[data-action=run]');
  await page.waitForFunction(
    () => {
      const p = window.__pollscope;
      return p.store.state.run.phase === 'done' && p.terminalShownAt() > window.__runAt;
    },
    null,
    { timeout: 300000, polling: 100 },
  );
  await browser.stopTracing();
  const traced = tasksOf(traceFile);
  rmSync(traceFile, { force: true });
  const shown = await page.evaluate(() => {
    window.__observer.disconnect();
    return {
      ms: window.__pollscope.terminalShownAt() - window.__runAt,
      longest: window.__longest,
      events: window.__pollscope.store.state.trace.count,
    };
  });

  // The same text, straight into a fresh terminal of the same size and options.
  const raw = await page.evaluate(async () => {
    const shownTerm = window.__pollscope.terminal;
    const Terminal = shownTerm.constructor;
    const host = document.querySelector('[data-pane=terminal]');
    const box = host.getBoundingClientRect();
    const div = document.createElement('div');
    Object.assign(div.style, {
      position: 'fixed',
      left: '0',
      top: '0',
      width: `${box.width}px`,
      height: `${box.height}px`,
      zIndex: '10',
    });
    document.body.append(div);
    const o = shownTerm.options;
    const term = new Terminal({
      cols: shownTerm.cols,
      rows: shownTerm.rows,
      convertEol: o.convertEol,
      scrollback: o.scrollback,
      fontFamily: o.fontFamily,
      fontSize: o.fontSize,
      lineHeight: o.lineHeight,
      theme: o.theme,
      disableStdin: true,
    });
    term.open(div);
    const text = window.__pollscope.store.state.trace.toText();
    await new Promise((r) => requestAnimationFrame(() => r()));
    const t0 = performance.now();
    await new Promise((resolve) => term.write(text, resolve));
    const ms = performance.now() - t0;
    term.dispose();
    div.remove();
    return { ms, bytes: text.length };
  });
  await page.context().close();
  return { ...shown, cpu: traced.cpu, raw: raw.ms, rawChars: raw.bytes };
}

const best = (xs) => Math.min(...xs);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const f = (x) => Math.round(x).toLocaleString('en-US');

const dist = await productionBuild();
const server = await serve(dist);
const browser = await launch();
const rounds = [];
try {
  for (let i = 0; i < ROUNDS; i++) {
    const r = await round(browser, server.url);
    rounds.push(r);
    console.log(
      `round ${i + 1}: ${f(r.events)} events; longest task ${f(r.longest)} ms (most CPU in one task ${f(r.cpu)} ms); show trace ${f(r.ms)} ms; raw xterm write ${f(r.raw)} ms (${(r.rawChars / 1e6).toFixed(1)} M chars); ratio ${(r.ms / r.raw).toFixed(2)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
const longest = rounds.map((r) => r.longest);
const cpu = rounds.map((r) => r.cpu);
const shown = rounds.map((r) => r.ms);
const raw = rounds.map((r) => r.raw);
const ratios = rounds.map((r) => r.ms / r.raw);
console.log(
  `\nlongest task: ${f(best(longest))} ms best, ${f(median(longest))} ms median (target < 100); most CPU time in one task: ${f(best(cpu))} ms best, ${f(median(cpu))} ms median`,
);
console.log(
  `show trace: ${f(best(shown))} ms best / ${f(median(shown))} ms median, raw xterm write: ${f(best(raw))} ms best / ${f(median(raw))} ms median, ratio A/B ${best(ratios).toFixed(2)} best / ${median(ratios).toFixed(2)} median (target <= 1.5)`,
);
