import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../apps/api/src/config/app-config.js';
import { createApp } from '../apps/api/src/create-app.js';
import { measure, type Scenario } from './measure.js';

/**
 * Throughput of the write and read paths on a SQLite file (or DATABASE_URL), over loopback
 * HTTP, as ratios against `GET /health` measured in the same run: these machines are shared and
 * noisy, so absolute numbers mean little, ratios do.
 */
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'cct-bench-'));
  const config = readConfig({
    DATABASE_URL: process.env.DATABASE_URL ?? `sqlite:${join(folder, 'bench.sqlite')}`,
    AUTH_JWT_SECRET: 'bench-signing-key-0123456789-0123456789',
    BOOTSTRAP_CLIENT_ID: 'bench',
    BOOTSTRAP_CLIENT_SECRET: 'bench-secret-0123456789',
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  const app = await createApp(config);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const token = await getToken(base);
    const results = [];
    for (const scenario of scenarios(base, token)) {
      results.push(await measure(scenario, REQUESTS, CONCURRENCY));
    }
    const baseline = results[0]!.perSecond;
    for (const r of results) {
      const ratio = (r.perSecond / baseline).toFixed(3);
      process.stdout.write(
        `${r.name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(7)} req/s  ratio ${ratio}  p99 ${r.p99Ms.toFixed(1)} ms  errors ${r.errors}\n`,
      );
    }
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

function scenarios(base: string, token: string): Scenario[] {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  return [
    { name: 'baseline GET /health', request: () => fetch(`${base}/health`) },
    {
      name: 'POST /api/customers',
      request: (i) =>
        fetch(`${base}/api/customers`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            customerId: `bench_${i}`,
            customerType: 'individual',
            customer: {
              firstName: 'Bench',
              lastName: 'Mark',
              email: `bench${i}@example.com`,
              phones: [
                { type: 'MOBILE', countryDialingCode: '44', phoneNumber: String(7000000000 + i) },
              ],
            },
          }),
        }),
    },
    {
      name: 'GET /api/customers/:id',
      request: (i) => fetch(`${base}/api/customers/bench_${i}`, { headers }),
    },
    {
      name: 'BPM UpdateContactCommand',
      request: (i) =>
        fetch(`${base}/api/bpm/cmd`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            commandName: 'UpdateContactCommand',
            data: {
              contactEncodedKey: `bench_${i}`,
              emailAddress: `moved${i}@example.com`,
            },
          }),
        }),
    },
  ];
}

async function getToken(base: string): Promise<string> {
  const response = await fetch(`${base}/auth/get-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: 'bench', clientSecret: 'bench-secret-0123456789' }),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
