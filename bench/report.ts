import type { LoadResult } from './load.js';
import { OPERATIONS } from './workload.js';

const ROWS = [...OPERATIONS, 'total'] as const;
const fixed = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

/** A table per side: req/s, p50, p99 and max latency, errors, per operation and in total. */
export function printResult(side: string, result: LoadResult, rssMb: number): void {
  const lines = [
    `${side} (peak RSS ${rssMb.toFixed(0)} MB)`,
    `  ${'operation'.padEnd(10)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}${'errors'.padStart(9)}`,
    ...ROWS.map((row) => {
      const s = result[row];
      return `  ${row.padEnd(10)}${fixed(s.perSecond, 0)}${fixed(s.p50Ms)}${fixed(s.p99Ms)}${fixed(s.maxMs)}${String(s.errors).padStart(9)}`;
    }),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** The run in one JSON object: the last line of `npm run bench`. */
export function summaryLine(
  database: string,
  result: { baseline: LoadResult; service: LoadResult },
  rssMb: number,
): string {
  const service = result.service.total;
  const baseline = result.baseline.total;
  return JSON.stringify({
    database,
    service_rps: Math.round(service.perSecond),
    baseline_rps: Math.round(baseline.perSecond),
    ratio: Number((service.perSecond / baseline.perSecond).toFixed(3)),
    p99_ms: Number(service.p99Ms.toFixed(1)),
    rss_mb: Math.round(rssMb),
  });
}
