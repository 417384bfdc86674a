#!/usr/bin/env node
// Baseline for bench/import: plan and read every source under a folder, without a store.
import { planImport } from '../dist/ingest/import-path.js';

const { units } = await planImport([process.argv[2]]);
let matches = 0;
for (const unit of units) matches += (await unit.adapter.read(unit.path)).matches.length;
console.log(`${units.length} units, ${matches} matches read`);
