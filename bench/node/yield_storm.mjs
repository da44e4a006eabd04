// Node.js counterpart of bench/yield_storm.rs.
//
// 1,000 async functions each yield 1,000 times; every resumption counts as one
// poll (1,000 x 1,001). The default yield, `await null`, sends the function
// back through the microtask queue, which runs the other functions first, in
// FIFO order, like a run queue. `--macrotask` yields through setImmediate
// instead (a trip through the event loop). Prints one JSON line with the best
// of --reps runs, timed inside the process.
import { parseArgs } from "node:util";

const TASKS = 1000;
const YIELDS = 1000;

const { values } = parseArgs({
  options: {
    reps: { type: "string", default: "1" },
    macrotask: { type: "boolean", default: false },
  },
});

const yieldNow = values.macrotask
  ? () => new Promise((resolve) => setImmediate(resolve))
  : () => null;

async function worker() {
  for (let i = 0; i < YIELDS; i++) {
    await yieldNow();
  }
}

async function storm() {
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: TASKS }, worker));
  return Number(process.hrtime.bigint() - start) / 1e9;
}

let seconds = Infinity;
for (let r = 0; r < Number(values.reps); r++) {
  seconds = Math.min(seconds, await storm());
}
const polls = TASKS * (YIELDS + 1);
console.log(JSON.stringify({
  name: "yield_storm",
  runtime: values.macrotask ? "node-setImmediate" : "node",
  polls,
  seconds: Number(seconds.toFixed(6)),
  polls_per_sec: Math.round(polls / seconds),
}));
