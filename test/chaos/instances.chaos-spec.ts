import { existsSync, readFileSync } from 'node:fs';
import { individualBody } from '@app/testing';
import { openReader, versionGaps, type DatabaseReader } from '../support/database-reader.js';
import { POSTGRES_ADMIN_URL, type TestDatabase } from '../support/databases.js';
import { parsePrometheusText, valueOf } from '../support/prometheus-text.js';
import { notificationFile } from '../support/notifications.js';
import type { ServiceProcess } from '../support/service-process.js';
import {
  callerOf,
  clusterEnv,
  compareReadModel,
  processDatabase,
  startCluster,
  type ServiceCall,
} from '../support/service-cluster.js';

const INSTANCES = 3;
const HOT_WRITES_PER_SURFACE = 12;
const EMAIL_RACES = 5;

/** Every surface's way of changing one customer; `i` makes each change a new value. */
const HOT_CHANGES: Array<(customerId: string, i: number) => [string, string, object]> = [
  (id, i) => [
    'POST',
    '/api/bpm/cmd',
    {
      commandName: 'UpdateContactCommand',
      data: { contactEncodedKey: id, address: `${i} Hot Street` },
    },
  ],
  (id, i) => [
    'POST',
    '/api/bpm/cmd',
    {
      commandName: 'UpdateCustomerCommand',
      data: {
        customerId: id,
        customer: {
          phones: [
            { type: 'LANDLINE', countryDialingCode: '1', phoneNumber: String(2_015_550_000 + i) },
          ],
        },
      },
    },
  ],
  (id, i) => [
    'POST',
    '/customer/update',
    {
      customerId: id,
      customer: {
        addresses: [
          {
            type: 'SECONDARY',
            addressLine1: `${i} Side Street`,
            city: 'Harrisburg',
            stateCode: 'PA',
            postalCode: '12345',
            countryCodeA3: 'USA',
          },
        ],
      },
    },
  ],
  (id, i) => [
    'POST',
    '/condor/customer/update',
    { customerId: id, lastName: `Hot${'x'.repeat(i % 40)}` },
  ],
  (id, i) => [
    'PATCH',
    `/v2/customer-persons/${id}/contact-info`,
    { email: `hot.wallet.${i}@example.com` },
  ],
  (id, i) => [
    'POST',
    '/api/bpm/cmd',
    {
      commandName: 'UpdateContactInfoCommand',
      data: { customerId: id, mobileNumber: `+4477009${String(i).padStart(5, '0')}` },
    },
  ],
];

/** One contested email, claimed by four customers through four surfaces. */
const CLAIMS: Array<(customerId: string, email: string) => [string, string, object]> = [
  (id, email) => ['PATCH', `/v2/customer-persons/${id}/contact-info`, { email }],
  (id, email) => [
    'POST',
    '/api/bpm/cmd',
    { commandName: 'UpdateContactCommand', data: { contactEncodedKey: id, emailAddress: email } },
  ],
  (id, email) => ['POST', '/customer/update', { customerId: id, customer: { email } }],
  (id, email) => ['POST', '/condor/customer/update', { customerId: id, email }],
];

const onPostgres = POSTGRES_ADMIN_URL ? describe : describe.skip;

onPostgres(
  `${INSTANCES} service processes on one PostgreSQL database, conflicting work on all`,
  () => {
    let database: TestDatabase;
    let services: ServiceProcess[];
    let calls: ServiceCall[];
    let reader: DatabaseReader;
    const sink = notificationFile();
    const seen = { requests: 0, conflicts: 0, retries: 0 };
    const on = async (
      i: number,
      [method, path, body]: [string, string, object?],
      headers?: Record<string, string>,
    ) => {
      seen.requests++;
      const result = await calls[i % INSTANCES]!(method, path, body, headers);
      if (result.status === 409 || result.status === 412) seen.conflicts++;
      return result;
    };
    const register = async (customerId: string) => {
      const res = await on(0, [
        'POST',
        '/api/customers',
        individualBody({ customerId, email: `${customerId}@example.com` }),
      ]);
      expect(res.status).toBe(201);
    };

    beforeAll(async () => {
      database = await processDatabase('postgres');
      const cluster = await startCluster(INSTANCES, clusterEnv(database.url, sink.env));
      services = cluster.services;
      calls = services.map((service) => callerOf(service, cluster.token));
      reader = await openReader(database.url);
    });
    afterAll(async () => {
      process.stdout.write(
        `chaos instances: ${INSTANCES} processes, ${seen.requests} requests, ${seen.conflicts} conflicts answered 409/412, ${seen.retries} commands retried after a concurrent write\n`,
      );
      await reader.close();
      const codes = await Promise.all(services.map((service) => service.stop()));
      expect(codes).toEqual(services.map(() => 0));
      await database.drop();
    });

    /** One customer changed through every surface and instance: every change is a 200. */
    async function hotCustomer(): Promise<() => Promise<void>> {
      await register('mi_hot');
      const changes = HOT_CHANGES.flatMap((change) =>
        Array.from({ length: HOT_WRITES_PER_SURFACE }, (_, i) => change('mi_hot', i + 1)),
      );
      const results = await Promise.all(changes.map((change, i) => on(i, change)));
      return async () => {
        expect(results.filter((r) => r.status !== 200).map((r) => r.status)).toEqual([]);
        const [row] = await reader.rows<{ version: number }>(
          'SELECT version FROM customers WHERE customer_id = ?',
          ['mi_hot'],
        );
        const [events] = await reader.rows<{ n: number }>(
          'SELECT COUNT(*) AS n FROM events WHERE stream_id = ?',
          ['mi_hot'],
        );
        expect(Number(row!.version)).toBe(Number(events!.n));
        // Every change was a new value: at least one event each.
        expect(Number(events!.n)).toBeGreaterThanOrEqual(1 + changes.length);
      };
    }

    /** Contested emails, each claimed by four customers through four surfaces and instances. */
    async function emailRaces(): Promise<() => Promise<void>> {
      const races = Array.from({ length: EMAIL_RACES }, (_, race) => ({
        ids: CLAIMS.map((_, i) => `mi_race_${race}_${i}`),
        email: `contested.${race}@example.com`,
      }));
      for (const { ids } of races) for (const id of ids) await register(id);
      const outcomes = await Promise.all(
        races.map(({ ids, email }, race) =>
          Promise.all(CLAIMS.map((claim, i) => on(i + race, claim(ids[i]!, email)))),
        ),
      );
      return async () => {
        for (const [race, { ids, email }] of races.entries()) {
          const results = outcomes[race]!;
          expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
          const owners = await reader.rows<{ customer_id: string; status: string }>(
            'SELECT customer_id, status FROM contact_claims WHERE contact_key = ?',
            [`email:${email}`],
          );
          const winner = ids[results.findIndex((r) => r.status === 200)];
          expect(owners).toEqual([{ customer_id: winner, status: 'active' }]);
        }
      };
    }

    /** One idempotency key, the same registration, sent to every instance at once. */
    async function oneKey(): Promise<() => Promise<void>> {
      const body = individualBody({ customerId: 'mi_idem', email: 'mi.idem@example.com' });
      const key = { 'Idempotency-Key': 'mi-key-1' };
      const results = await Promise.all(
        Array.from({ length: INSTANCES * 3 }, (_, i) =>
          on(i, ['POST', '/api/customers', body], key),
        ),
      );
      return async () => {
        expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
        const created = results.filter((r) => r.status === 201).map((r) => JSON.stringify(r.body));
        expect(new Set(created).size).toBe(1);
        const [events] = await reader.rows<{ n: number }>(
          'SELECT COUNT(*) AS n FROM events WHERE stream_id = ?',
          ['mi_idem'],
        );
        expect(Number(events!.n)).toBe(1);
        const [accepted] = await reader.rows<{ n: number }>(
          "SELECT COUNT(*) AS n FROM command_log WHERE customer_id = ? AND outcome = 'accepted'",
          ['mi_idem'],
        );
        expect(Number(accepted!.n)).toBe(1);
      };
    }

    /** The attempts of one verification spread over the instances: each counted once. */
    async function spreadAttempts(): Promise<() => Promise<void>> {
      await register('mi_v');
      const started = await on(0, [
        'POST',
        '/v2/customer-persons/mi_v/verifications',
        { flow: 'WALLET_UPDATE', attribute: 'email', value: 'mi.v.new@example.com' },
      ]);
      expect(started.status).toBe(201);
      const verificationId = started.body.verificationId as string;
      const code = await deliveredCode(sink.path, verificationId);
      const wrong = code === '000000' ? '111111' : '000000';
      const attempt = `/v2/customer-persons/mi_v/verifications/${verificationId}/attempts`;
      const results = await Promise.all(
        Array.from({ length: 5 }, (_, i) => on(i, ['POST', attempt, { code: wrong }])),
      );
      const right = await on(1, ['POST', attempt, { code }]);
      return async () => {
        expect(results.map((r) => r.body.code).sort()).toEqual([
          ...Array.from({ length: 4 }, () => 'VERIFICATION_CODE_MISMATCH'),
          'VERIFICATION_FAILED',
        ]);
        const remaining = results.map((r) => r.body.attemptsRemaining).filter((n) => n !== 0);
        expect(remaining.sort()).toEqual([1, 2, 3, 4]);
        expect(right.body).toMatchObject({ code: 'VERIFICATION_FAILED' });
        const [logged] = await reader.rows<{ n: number }>(
          "SELECT COUNT(*) AS n FROM command_log WHERE customer_id = ? AND command_name = 'AttemptVerification'",
          ['mi_v'],
        );
        expect(Number(logged!.n)).toBe(6);
      };
    }

    it('serves conflicting work on every instance at once and leaves a consistent log', async () => {
      const checks = await Promise.all([hotCustomer(), emailRaces(), oneKey(), spreadAttempts()]);
      for (const check of checks) await check();
      expect(await versionGaps(reader)).toEqual([]);
      const verified = await on(2, ['GET', '/api/audit/verify']);
      expect(verified.body).toMatchObject({ valid: true });
      expect(await compareReadModel(database.url)).toMatchObject({ code: 0 });
      for (const service of services) {
        const metrics = parsePrometheusText(await (await fetch(`${service.url}/metrics`)).text());
        seen.retries += valueOf(metrics, 'command_retries_total') ?? 0;
      }
    });
  },
);

/** The code the file sink received for `verificationId`, once one of the instances sent it. */
async function deliveredCode(path: string, verificationId: string): Promise<string> {
  for (;;) {
    const lines = existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
    const message = lines
      .map((line) => JSON.parse(line) as { verificationId?: string; code?: string })
      .find((m) => m.verificationId === verificationId && m.code);
    if (message?.code) return message.code;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
