// Debian's Chromium driven by playwright-core, with console errors collected per page.
import { chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
  });
}

/** A page whose console errors and uncaught exceptions are kept in `page.errors`. */
export async function openPage(
  browser,
  url,
  { colorScheme = 'light', width = 1440, height = 900 } = {},
) {
  const context = await browser.newContext({
    viewport: { width, height },
    colorScheme,
    deviceScaleFactor: 1,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  page.errors = [];
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  if (url) await page.goto(url);
  return page;
}

/** Lines of the xterm buffer (exposed on window.__pollscope), wrapped rows joined, trailing blanks removed. */
export function terminalLines(page, frame = page) {
  return frame.evaluate(() => {
    const buffer = window.__pollscope.terminal.buffer.active;
    const lines = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      const text = line?.translateToString(true) ?? '';
      if (line?.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
      else lines.push(text);
    }
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines;
  });
}

export function waitForPhase(frame, phases, timeout = 30000) {
  return frame.waitForFunction(
    (p) => p.includes(window.__pollscope.store.state.run.phase),
    phases,
    { timeout },
  );
}
