import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { encodeEventCursor } from '@app/audit';
import { startServer, tokenOf, type BenchServer } from './bench-server.js';
import { exportPeak } from './export-peak.js';
import { latencyOf, type Latency } from './latency.js';
import { clientIdOf, customerIdOf, seedLog, type SeedPlan } from './seed-log.js';

/**
 * The read side at a million events (issue 9): seeds BENCH_AUDIT_CUSTOMERS × 10 events into a
 * SQLite file through the real schema, starts the built server on it, and reports p50/p99 of
 * each audit filter's first page (alone and combined) and the peak RSS of a full NDJSON
 * export. Targets: p99 under 20 ms for a filtered first page, under 200 MB for the export. Not
 * a test: nothing asserts the figures.
 */
const CUSTOMERS = Number(process.env.BENCH_AUDIT_CUSTOMERS ?? 100_000);
/** Enough that p99 is not one or two unlucky requests: with 1000 it is the 10th slowest. */
const REQUESTS = Number(process.env.BENCH_AUDIT_REQUESTS ?? 1000);
const PLAN: SeedPlan = {
  customers: CUSTOMERS,
  eventsPerCustomer: 10,
  clients: 20,
  start: new Date('2025-01-01T00:00:00.000Z'),
  span: 365 * 24 * 3600 * 1000,
};
const ROOT = resolve(import.meta.dirname, '../../..');

/** Deterministic spread of request numbers over the seeded values. */
const spread = (i: number, n: number) => (i * 7919) % n;

function queries(base: string, token: string) {
  const get = (query: string) =>
    fetch(`${base}${query}`, { headers: { authorization: `Bearer ${token}` } });
  const total = PLAN.customers * PLAN.eventsPerCustomer;
  const day = 24 * 3600 * 1000;
  const dayOf = (i: number) => new Date(PLAN.start.getTime() + spread(i, 360) * day);
  const window = (i: number) => {
    const from = dayOf(i);
    return `from=${from.toISOString()}&to=${new Date(from.getTime() + day).toISOString()}`;
  };
  const customer = (i: number) => customerIdOf(spread(i, CUSTOMERS));
  const client = (i: number) => clientIdOf(spread(i, PLAN.clients));
  return [
    ['first page by customerId', (i: number) => get(`/api/audit/events?customerId=${customer(i)}`)],
    [
      'first page by type + one day',
      (i: number) => get(`/api/audit/events?type=EmailChanged&${window(i)}`),
    ],
    ['first page by clientId', (i: number) => get(`/api/audit/events?clientId=${client(i)}`)],
    [
      'first page by from alone',
      (i: number) => get(`/api/audit/events?from=${dayOf(i).toISOString()}`),
    ],
    [
      'first page by to alone',
      (i: number) => get(`/api/audit/events?to=${dayOf(i).toISOString()}`),
    ],
    [
      'first page by type + clientId',
      (i: number) => get(`/api/audit/events?type=MobileChanged&clientId=${client(i)}`),
    ],
    [
      'first page by client + one day',
      (i: number) => get(`/api/audit/events?clientId=${client(i)}&${window(i)}`),
    ],
    [
      'first page by customer + type',
      (i: number) => get(`/api/audit/events?customerId=${customer(i)}&type=EmailChanged`),
    ],
    [
      'cursor page deep in the log',
      (i: number) =>
        get(
          `/api/audit/events?cursor=${encodeEventCursor({ position: Math.floor(total * 0.9) + spread(i, 1000) })}`,
        ),
    ],
    ['verify one customer', (i: number) => get(`/api/audit/verify?customerId=${customer(i)}`)],
    ['commands by customerId', (i: number) => get(`/api/audit/commands?customerId=${customer(i)}`)],
    ['commands by type', () => get('/api/audit/commands?type=AddressChanged')],
    [
      'commands by client + outcome',
      (i: number) => get(`/api/audit/commands?clientId=${client(i)}&outcome=accepted`),
    ],
    [
      'commands by from alone',
      (i: number) => get(`/api/audit/commands?from=${dayOf(i).toISOString()}`),
    ],
  ] as const;
}

const line = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const CAPPED_HEAP_MB = 128;

async function exportFigures(server: BenchServer, token: string, label: string): Promise<string> {
  const started = performance.now();
  const exported = await exportPeak(server, token);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const size = `${exported.lines} events, ${(exported.bytes / 1e6).toFixed(0)} MB in ${seconds} s`;
  return `full NDJSON export (${label}): ${size}; server RSS before ${exported.before} MB, peak ${exported.peak} MB`;
}

async function measureQueries(server: BenchServer, token: string): Promise<void> {
  for (const [name, request] of queries(server.base, token)) {
    const r: Latency = await latencyOf(name, REQUESTS, request);
    const p = (ms: number) => ms.toFixed(2).padStart(7);
    const items = r.items.toFixed(0).padStart(3);
    line(
      `${r.name.padEnd(30)} p50 ${p(r.p50)} ms  p99 ${p(r.p99)} ms  items ${items}  errors ${r.errors}`,
    );
  }
}

/** Starts a server on the log, runs `work`, stops it. */
async function withServer(
  path: string,
  options: string[],
  work: (s: BenchServer, token: string) => Promise<void>,
) {
  const server = await startServer(ROOT, path, options);
  try {
    await work(server, await tokenOf(server.base));
  } finally {
    await server.stop();
  }
}

/** BENCH_AUDIT_DB reuses a log seeded before (kept); otherwise one is seeded and removed. */
async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'cct-bench-audit-'));
  const path = process.env.BENCH_AUDIT_DB ?? join(folder, 'audit.sqlite');
  try {
    if (!process.env.BENCH_AUDIT_DB) {
      const started = performance.now();
      await seedLog(path, PLAN);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      line(
        `seeded ${CUSTOMERS * PLAN.eventsPerCustomer} events of ${CUSTOMERS} customers in ${seconds} s`,
      );
    }
    await withServer(path, [], async (server, token) => {
      const idle = server.memory().rssMb;
      await measureQueries(server, token);
      const { rssMb, peakMb } = server.memory();
      line(`queries: server RSS idle ${idle} MB, after ${rssMb} MB, peak ${peakMb} MB`);
    });
    // The export on a server of its own: the kernel's peak is then the export's, not the queries'.
    await withServer(path, [], async (server, token) => {
      const idle = server.memory().rssMb;
      line(await exportFigures(server, token, `default heap, idle RSS ${idle} MB`));
    });
    // The same export on a server whose old generation is capped: what it retains, not GC slack.
    const cap = `--max-old-space-size=${CAPPED_HEAP_MB}`;
    await withServer(path, [cap], async (server, token) =>
      line(await exportFigures(server, token, cap)),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
