// The same computation as compute.rs, in Node.js.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

console.log(`fib(27) = ${fib(27)}`);

let acc = 0;
for (let i = 0; i < 3_000_000; i++) acc += (i * i) % 7;
console.log(`loop = ${acc}`);

let s = '';
for (let i = 0; i < 50_000; i++) s += String(i) + ',';
console.log(`string = ${s.length}`);

const v = [];
for (let i = 0; i < 200_000; i++) v.push((i * 7919) % 100_003);
v.sort((a, b) => a - b);
let sampled = 0;
for (let i = 0; i < v.length; i += 1000) sampled += v[i];
console.log(`vec = ${sampled}`);

const counts = new Map();
for (let i = 0; i < 200_000; i++) {
  const k = (i * i) % 1009;
  counts.set(k, (counts.get(k) ?? 0) + 1);
}
let weighted = 0;
for (const [k, c] of counts) weighted += k * c;
console.log(`map = ${counts.size} keys, ${weighted}`);
