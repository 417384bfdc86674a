import { it } from 'vitest';
import { resolve, join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { worldcupDbAdapter } from './adapter.js';
import { readCsv } from './csv.js';
import { FILES } from './codes.js';
const dir = resolve(process.cwd(), '../shared/data/worldcup-db');
it('smoke', async () => {
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    await Promise.all(FILES.map((f) => readCsv('worldcup-db', join(dir, f))));
    const a = performance.now() - t;
    t = performance.now();
    for (const f of FILES) parse(await readFile(join(dir, f)));
    const b = performance.now() - t;
    t = performance.now();
    for (const f of FILES) parse(await readFile(join(dir, f)), {info: true});
    const c = performance.now() - t;
    t = performance.now();
    await worldcupDbAdapter.read(dir);
    console.log(a, b, c, performance.now() - t);
  }
});
