// The page's event kinds come from the engine's sources (web/tools/gen-kinds.mjs): the generated
// file must be current, and the page's filters must show what the CLI's `--filter` shows.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { generate } from '../../web/tools/gen-kinds.mjs';
import { root } from './helpers/dist.mjs';
import { loadWebModule } from './helpers/load-ts.mjs';

const CLI = `${root}build/native/pollscope`;
let kinds;
before(async () => {
  kinds = await loadWebModule('app/kinds.ts');
});

test('web/src/app/kinds.generated.ts is generated from the current engine sources', async () => {
  const current = readFileSync(`${root}web/src/app/kinds.generated.ts`, 'utf8');
  assert.ok(current === (await generate()), 'run: node web/tools/gen-kinds.mjs');
});

test('every kind has a name, a trace name, a group, a colour role and a description', () => {
  assert.equal(kinds.KINDS.length, 22);
  kinds.KINDS.forEach((k, i) => {
    assert.equal(k.id, i);
    assert.match(k.trace, /^[a-z_]+$/);
    assert.ok(k.description.length > 8, k.name);
  });
});

const SCENARIOS = ['timer_future_thread', 'spawn_order_fifo', 'lost_waker', 'select_cancel_drop'];
for (const filter of ['polls', 'output']) {
  test(
    `the page's "${filter}" filter shows the kinds the CLI's --filter ${filter} shows`,
    {
      skip: existsSync(CLI) ? false : 'build/native/pollscope is not built',
    },
    () => {
      const byTrace = new Map(kinds.KINDS.map((k) => [k.trace, k.id]));
      for (const name of SCENARIOS) {
        const run = (extra) => {
          try {
            return execFileSync(
              CLI,
              ['run', `${root}scenarios/${name}.rs`, '--format', 'json', ...extra],
              {
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'ignore'],
              },
            );
          } catch (error) {
            return error.stdout;
          }
        };
        const events = (text) =>
          text
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l));
        const all = events(run([]));
        const shown = new Set(events(run(['--filter', filter])).map((e) => e.i));
        for (const e of all) {
          const kind = byTrace.get(e.kind);
          assert.notEqual(kind, undefined, e.kind);
          assert.equal(kinds.passes(filter, kind), shown.has(e.i), `${name}: ${e.kind}`);
        }
      }
    },
  );
}
