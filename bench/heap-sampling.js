// What some work allocates, by V8's sampling heap profiler: the objects scavenges free count too,
// as they are what makes the collector stop the work. For the benches' --allocation.
import { Session } from 'node:inspector/promises';

/** Runs `work` (sync or async) while sampling every ~`interval` bytes; its result, and bytes by allocating function. */
export async function sampleAllocation(work, interval = 1024) {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: interval, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
  const result = await work();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  const bySite = new Map();
  const visit = (node) => {
    const frame = node.callFrame;
    const site = `${frame.functionName || '(anonymous)'} ${frame.url ? `${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}` : '(native)'}`;
    bySite.set(site, (bySite.get(site) ?? 0) + node.selfSize);
    node.children.forEach(visit);
  };
  visit(profile.head);
  return { result, total: [...bySite.values()].reduce((a, b) => a + b, 0), bySite };
}

/** The sampled total per `unit` (a match), and the sites that allocated most, as lines to print. */
export function allocationLines(sampled, units, unitName, top = 12) {
  const kb = (bytes) => (bytes / units / 1024).toFixed(1);
  return [
    `allocation: ${kb(sampled.total)} KB a ${unitName} (${(sampled.total / 1e9).toFixed(2)} GB sampled over ${units.toLocaleString('en')}); the most, by function:`,
    ...[...sampled.bySite].sort((a, b) => b[1] - a[1]).slice(0, top).map(([site, bytes]) => `  ${kb(bytes).padStart(7)} KB  ${site}`),
  ];
}
