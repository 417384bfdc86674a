#!/usr/bin/env node
// Where a profiled run spent its time: self and inclusive milliseconds per function, from a V8
// .cpuprofile (`node --cpu-prof --cpu-prof-dir=prof bench/records-rebuild.js --db …`; the largest
// file in the folder is the main thread's). A function's builtins (JSON.parse, a statement's run)
// count in its self time.
//   node bench/cpuprofile-summary.js prof/CPU.….cpuprofile [--top 40] [--match sqlite-storage]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '40' }, match: { type: 'string' } } });
if (positionals.length !== 1) throw new Error('one .cpuprofile file, written by node --cpu-prof');
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nameOf = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').slice(-2).join('/')}:${node.callFrame.lineNumber + 1}`;

// Microseconds sampled in each node, then credited to its function (self) and, once per stack, to every function on it (inclusive).
const sampled = new Map();
profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const self = new Map();
const inclusive = new Map();
let total = 0;
for (const [id, micros] of sampled) {
  total += micros;
  const name = nameOf(nodes.get(id));
  self.set(name, (self.get(name) ?? 0) + micros);
  const onStack = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) onStack.add(nameOf(nodes.get(at)));
  for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
}

const top = Number(values.top);
const print = (title, times) => {
  console.log(`\n${title}`);
  const rows = [...times].filter(([name]) => !values.match || name.includes(values.match)).sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, micros] of rows) console.log(`${(micros / 1000).toFixed(0).padStart(9)} ms  ${name}`);
};
console.log(`${(total / 1000).toFixed(0)} ms sampled`);
print('self', self);
print('inclusive', inclusive);
