import type { DataSource } from 'typeorm';
import type TestAgent from 'supertest/lib/agent.js';
import { CommandRunner, EventStore, verifyStreamChain } from '@app/event-store';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { individualBody } from '@app/testing';
import { describeEachDatabase, POSTGRES_ADMIN_URL } from '../support/databases.js';
import { startInstances, stopInstances, type RunningInstance } from '../support/instances.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const WRITERS = 80;

/** Sends WRITERS BPM updates of one customer at once, round-robin over `agents`, none naming a version. */
async function raceUpdates(agents: readonly TestAgent[], token: string, customerId: string) {
  const started = performance.now();
  const responses = await Promise.all(
    Array.from({ length: WRITERS }, (_, i) =>
      agents[i % agents.length]!.post('/api/bpm/cmd')
        .set('Authorization', `Bearer ${token}`)
        .send({
          commandName: 'UpdateContactCommand',
          data: { contactEncodedKey: customerId, address: `${i + 1} Writer Street` },
        }),
    ),
  );
  return { responses, ms: Math.round(performance.now() - started) };
}

async function expectSerialised(app: TestApp, result: Awaited<ReturnType<typeof raceUpdates>>) {
  const statuses = result.responses.map((r) => r.status);
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  const versions = result.responses.map((r) => r.body.data.version as number);
  expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: WRITERS }, (_, i) => i + 2));
  const dataSource = app.app.get<DataSource>(DATA_SOURCE);
  const events = await new EventStore().readStream(dataSource.manager, 'hot_customer');
  expect(events.map((e) => e.version)).toEqual(
    Array.from({ length: WRITERS + 1 }, (_, i) => i + 1),
  );
  expect(verifyStreamChain(events)).toEqual([]);
  const lines = events.slice(1).map((e) => (e.data.to as { addressLine1: string }).addressLine1);
  expect(new Set(lines).size).toBe(WRITERS);
}

function report(database: string, instances: number, ms: number, retries: number): void {
  process.stdout.write(
    `concurrent writers: ${WRITERS} on one customer, ${instances} instance(s), ${database}: ` +
      `${ms} ms, ${retries} retries\n`,
  );
}

describeEachDatabase('concurrent writers of one customer (API.md §0)', (database) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ customerId: 'hot_customer', email: 'hot@example.com' }))
      .expect(201);
  });
  afterAll(() => t.close());

  it(`serialises ${WRITERS} BPM updates sent at once without expectedVersion: all 200, versions 2..${WRITERS + 1} once each`, async () => {
    const result = await raceUpdates([t.http], token, 'hot_customer');
    await expectSerialised(t, result);
    report(database, 1, result.ms, t.app.get(CommandRunner).retries);
  });
});

const describePostgres = POSTGRES_ADMIN_URL ? describe : describe.skip;

describePostgres('concurrent writers through three instances on one PostgreSQL database', () => {
  let instances: RunningInstance[];
  let token: string;
  beforeAll(async () => {
    instances = await startInstances(3);
    token = await instances[0]!.app.tokenFor();
    await instances[1]!.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ customerId: 'hot_customer', email: 'hot@example.com' }))
      .expect(201);
  });
  afterAll(() => stopInstances(instances));

  it(`serialises ${WRITERS} BPM updates spread over the instances: all 200, versions once each, chain valid`, async () => {
    const result = await raceUpdates(
      instances.map((i) => i.http),
      token,
      'hot_customer',
    );
    await expectSerialised(instances[2]!.app, result);
    const retries = instances.reduce((sum, i) => sum + i.app.app.get(CommandRunner).retries, 0);
    report('postgres', instances.length, result.ms, retries);
  });
});
