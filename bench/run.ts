import { resolve } from 'node:path';
import { drive, summarise, type Samples } from './load.js';
import { readyAfterMs, startProcess, type BenchProcess } from './processes.js';
import { printResult, summaryLine } from './report.js';
import { benchDatabases } from './databases.js';
import { seedCustomers, tokenOf } from './seed.js';

/**
 * `npm run bench` (issue "Performance"): the service and a bare baseline (Fastify and the raw
 * driver doing the same database work) on copies of one fresh database of 10,000 customers,
 * SQLite by default or PostgreSQL with DATABASE_URL, loaded in turn (baseline, service, baseline,
 * service) by autocannon with the same mix, so that the machine's noise hits both. Its last line
 * is one JSON object. Not a test: nothing asserts the figures.
 */
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ROOT = resolve(import.meta.dirname, '../..');
const SERVICE = resolve(ROOT, 'dist/server.js');
const BASELINE = resolve(ROOT, 'dist/bench/baseline/server.js');
const SECRET = 'bench-signing-key-0123456789-0123456789';
/** Node options for the service, e.g. BENCH_SERVICE_NODE_ARGS='--cpu-prof --cpu-prof-dir=prof'. */
const SERVICE_NODE_ARGS = (process.env.BENCH_SERVICE_NODE_ARGS ?? '').split(' ').filter(Boolean);
const CLIENT = { clientId: 'bench', clientSecret: 'bench-secret-0123456789' };

function serviceEnv(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    AUTH_JWT_SECRET: SECRET,
    BOOTSTRAP_CLIENT_ID: CLIENT.clientId,
    BOOTSTRAP_CLIENT_SECRET: CLIENT.clientSecret,
    // One client drives the whole load, far past a client's default budget; the limiter still
    // counts every request, as in production.
    RATE_LIMIT_WRITES_PER_MINUTE: '100000000',
    // Extra settings to try (a JSON object), e.g. BENCH_SERVICE_ENV='{"LOG_LEVEL":"info"}'.
    ...(process.env.BENCH_SERVICE_ENV
      ? (JSON.parse(process.env.BENCH_SERVICE_ENV) as Record<string, string>)
      : {}),
  };
}

async function measure(target: BenchProcess, token: string): Promise<Samples> {
  const load = { url: target.url, token, customers: CUSTOMERS, connections: CONNECTIONS };
  await drive({ ...load, seconds: WARMUP_SECONDS });
  return drive({ ...load, seconds: SECONDS });
}

async function main(): Promise<void> {
  const databases = await benchDatabases(process.env.DATABASE_URL);
  try {
    let service = await startProcess(SERVICE, serviceEnv(databases.service));
    const token = await tokenOf(service.url, CLIENT);
    const seeding = await seedCustomers(service.url, token, CUSTOMERS, CONNECTIONS);
    process.stdout.write(`seeded ${CUSTOMERS} customers in ${seeding.toFixed(1)} s\n`);
    // The baseline works on a copy of the seeded database: same rows, same schema and indexes.
    await service.stop();
    await databases.copyForBaseline();
    service = await startProcess(SERVICE, serviceEnv(databases.service), SERVICE_NODE_ARGS);
    const startUpMs = await readyAfterMs(service);
    process.stdout.write(
      `service start-up to /health/ready on the seeded database: ${startUpMs.toFixed(0)} ms\n`,
    );
    const baseline = await startProcess(BASELINE, {
      DATABASE_URL: databases.baseline,
      AUTH_JWT_SECRET: SECRET,
    });
    const runs = { baseline: [] as Samples[], service: [] as Samples[] };
    for (let round = 1; round <= ROUNDS; round++) {
      runs.baseline.push(await measure(baseline, token));
      runs.service.push(await measure(service, token));
      process.stdout.write(`round ${round} of ${ROUNDS} done\n`);
    }
    const rssMb = service.peakRssMb();
    const baselineRssMb = baseline.peakRssMb();
    await Promise.all([service.stop(), baseline.stop()]);
    const result = { baseline: summarise(runs.baseline), service: summarise(runs.service) };
    printResult('baseline', result.baseline, baselineRssMb);
    printResult('service', result.service, rssMb);
    process.stdout.write(`${summaryLine(databases.kind, result, rssMb)}\n`);
  } finally {
    await databases.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
