import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import { sealKeyOf, type Change } from './change.js';
import { pgWork } from './pg-work.js';
import { sqliteWork } from './sqlite-work.js';
import type { BaselineWork } from './work.js';

/**
 * The bare baseline (issue "Performance"): Fastify and the raw driver doing the service's
 * database work for the benchmark's four operations: no auth, no validation, no framework,
 * and as durable as the service. Started by `npm run bench` beside the service, on a copy of
 * its database.
 */
const url = process.env.DATABASE_URL ?? '';
const sealKey = sealKeyOf(process.env.AUTH_JWT_SECRET ?? '');
const work: BaselineWork = url.startsWith('postgres')
  ? pgWork(url, sealKey, Number(process.env.BASELINE_POOL ?? 10))
  : sqliteWork(url.slice('sqlite:'.length), sealKey);

const app = Fastify();
const meta = (commandName: string, source: string) => ({
  commandName,
  source,
  clientId: 'bench',
  requestId: randomUUID(),
});

async function answer(customerId: string, change: Change, commandName: string, source: string) {
  const state = await work.write(customerId, change, meta(commandName, source));
  return state ?? { code: 'notFound' };
}

app.post('/api/bpm/cmd', async (request) => {
  const { data } = request.body as { data: Record<string, string> };
  const change: Change = data.phoneNumber
    ? { kind: 'mobile', value: data.phoneNumber.replace(/\s/g, '') }
    : { kind: 'addressLine', value: data.address! };
  const state = await answer(data.contactEncodedKey!, change, 'UpdateContactCommand', 'bpm');
  return {
    isSuccessful: true,
    statusCode: '00',
    data: { contactEncodedKey: data.contactEncodedKey, version: state.version },
  };
});

app.post('/customer/update', async (request) => {
  const body = request.body as {
    customerId: string;
    customer: { addresses: Array<Record<string, unknown>> };
  };
  const change: Change = { kind: 'address', value: body.customer.addresses[0]! };
  return {
    code: '0',
    data: await answer(body.customerId, change, 'UpdateCustomerCommand', 'connectfi'),
  };
});

app.get('/api/customers/:id', async (request) => {
  const row = await work.read((request.params as { id: string }).id);
  return row ? { ...JSON.parse(row.state), version: row.version } : { code: 'notFound' };
});

app.get('/api/audit/events', async (request) => {
  const query = request.query as { customerId: string; limit?: string };
  const rows = await work.history(query.customerId, Number(query.limit ?? 100));
  return {
    items: rows.map((r) => ({
      ...r,
      data: JSON.parse(r.data as string) as unknown,
      metadata: JSON.parse(r.metadata as string) as unknown,
    })),
  };
});

const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`baseline listening on ${address.replace('http://', '')}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => work.close())
    .then(() => process.exit(0));
});
