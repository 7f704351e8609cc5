import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { ProjectionRebuilder } from '@app/audit';
import { ContactClaimEntity, CustomerEntity } from '@app/customer';
import { EventEntity } from '@app/event-store';
import {
  businessBody,
  individualBody,
  SEED_CONDOR_REQUEST,
  SEED_INDIVIDUAL_REQUEST,
} from '@app/testing';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { describeEachDatabase } from '../support/databases.js';
import {
  hostileWrite,
  percentEncoded,
  hostileString,
  urlValue,
  type HostileRequest,
} from '../support/hostile-requests.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Per surface and database; five surfaces on two databases send over 10,000 requests. */
const RUNS = Number(process.env.FUZZ_RUNS_PER_SURFACE ?? 1100);
const PERSON = 'fz_person';
const BUSINESS = 'fz_business';
const IDS = [PERSON, BUSINESS, 'fz_nobody'];

type Format = 'bpm' | 'connectFi' | 'condor' | 'problem';

interface Surface {
  readonly name: string;
  readonly format: Format;
  readonly requests: fc.Arbitrary<HostileRequest>;
}

const fixed = (url: string) => fc.constant(url);
const personPath = (suffix: string) =>
  urlValue(IDS).map((id) => `/v2/customer-persons/${id}${suffix}`);

const SURFACES: readonly Surface[] = [
  {
    name: 'BPM',
    format: 'bpm',
    requests: fc.oneof(
      hostileWrite('POST', fixed('/api/bpm/cmd'), {
        commandName: 'UpdateContactCommand',
        data: { contactEncodedKey: PERSON, emailAddress: 'fz@example.com', city: 'Abuja' },
      }),
      hostileWrite('POST', fixed('/api/bpm/cmd'), {
        commandName: 'UpdateCustomerCommand',
        data: { ...SEED_INDIVIDUAL_REQUEST, customerId: PERSON },
      }),
      hostileWrite('POST', fixed('/api/bpm/cmd'), {
        commandName: 'UpdateContactInfoCommand',
        data: { customerId: PERSON, email: 'fz.info@example.com', mobileNumber: '+447700900123' },
      }),
    ),
  },
  {
    name: 'connectFi',
    format: 'connectFi',
    requests: hostileWrite('POST', fixed('/customer/update'), {
      ...SEED_INDIVIDUAL_REQUEST,
      customerId: PERSON,
    }),
  },
  {
    name: 'condor',
    format: 'condor',
    requests: hostileWrite('POST', fixed('/condor/customer/update'), {
      ...SEED_CONDOR_REQUEST,
      customerId: PERSON,
    }),
  },
  {
    name: 'wallet',
    format: 'problem',
    requests: fc.oneof(
      hostileWrite('PATCH', personPath('/contact-info'), { email: 'fz.w@example.com' }),
      hostileWrite('POST', personPath('/verifications'), {
        flow: 'WALLET_UPDATE',
        attribute: 'mobile',
        value: '+447700900124',
      }),
      hostileWrite('POST', personPath('/verifications/nope/attempts'), { code: '123456' }),
    ),
  },
  {
    name: '/api',
    format: 'problem',
    requests: fc.oneof(
      hostileWrite('POST', fixed('/api/customers'), individualBody()),
      hostileWrite('POST', fixed('/api/customers'), businessBody()),
      hostileWrite('POST', fixed('/api/ops/contacts/release'), { kind: 'email', value: 'x@y.z' }),
      hostileWrite('POST', fixed('/api/clients'), { clientId: 'fz_c', scopes: ['audit:read'] }),
      fc.record({
        method: fc.constant('GET' as const),
        url: fc.oneof(
          urlValue(IDS).map((id) => `/api/customers/${id}`),
          hostileString.map((v) => `/api/customers?email=${percentEncoded(v)}`),
          hostileString.map((v) => `/api/customers?mobileNumber=${percentEncoded(v)}`),
          hostileString.map((v) => `/api/customers/${PERSON}?asOf=${percentEncoded(v)}`),
          hostileString.map((v) => `/api/audit/events?type=${percentEncoded(v)}&limit=2`),
          hostileString.map((v) => `/api/audit/commands?cursor=${percentEncoded(v)}`),
        ),
      }),
    ),
  },
];

/** What a client of the surface can rely on in every answer (API.md §1). */
function expectSurfaceFormat(format: Format, status: number, headers: Headers, body: unknown) {
  // Node's HTTP parser answers a request line and headers over 16 KiB itself, before the app.
  if (status === 431) return;
  const requestId = headers.get('x-request-id');
  expect(requestId).toEqual(expect.any(String));
  const text = JSON.stringify(body);
  // No internals: a stack frame, a driver's error, SQL.
  expect(text).not.toMatch(
    /\bat \S+\.(?:ts|js):\d+|QueryFailedError|SQLITE_|\bSELECT\b|\bINSERT\b/,
  );
  if (status < 400) return;
  const b = body as Record<string, unknown>;
  if (format === 'bpm') {
    expect(b).toMatchObject({ isSuccessful: false, statusCode: `CBS_${status}` });
  } else if (format === 'problem') {
    expect(headers.get('content-type')).toContain('application/problem+json');
    expect(b).toMatchObject({ status, code: expect.any(String) });
  } else {
    expect(b).toMatchObject({ code: expect.any(String), requestId });
    if (format === 'condor') expect(headers.get('deprecation')).toBe('true');
  }
}

/**
 * Runs the property and, on a failure, reports the request cut short: a generated body may be
 * tens of kilobytes, which would drown the report.
 */
async function assertProperty(property: fc.IAsyncProperty<[HostileRequest]>): Promise<void> {
  const result = await fc.check(property, { numRuns: RUNS, endOnFailure: true });
  if (!result.failed) return;
  const request = JSON.stringify(result.counterexample?.[0]) ?? 'none';
  const cause = result.errorInstance instanceof Error ? result.errorInstance.message : '';
  throw new Error(
    `seed ${result.seed}: ${request.length > 1500 ? `${request.slice(0, 1500)}…` : request}\n${cause.slice(0, 1500)}`,
  );
}

describeEachDatabase('hostile input on every surface (issue 10, item 3)', (database) => {
  let t: TestApp;
  let token: string;
  let dataSource: DataSource;
  let baseUrl: string;
  const statuses = new Map<string, Map<number, number>>();
  beforeAll(async () => {
    t = await createTestApp({ database });
    token = await t.tokenFor();
    dataSource = t.app.get<DataSource>(DATA_SOURCE);
    // Over a real socket, as clients send them: the HTTP parser sees the bytes too.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.getHttpServer().address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    const auth = { Authorization: `Bearer ${token}` };
    await t.http
      .post('/api/customers')
      .set(auth)
      .send(individualBody({ customerId: PERSON, email: 'fz.person@example.com' }))
      .expect(201);
    await t.http
      .post('/api/customers')
      .set(auth)
      .send(businessBody({ customerId: BUSINESS }))
      .expect(201);
  });
  afterAll(async () => {
    const lines = [...statuses].map(
      ([surface, counts]) =>
        `${surface}: ${[...counts.values()].reduce((a, b) => a + b, 0)} requests (${[...counts]
          .sort(([a], [b]) => a - b)
          .map(([status, n]) => `${status}×${n}`)
          .join(' ')})`,
    );
    process.stdout.write(`fuzz [${database}]: ${lines.join('; ')}\n`);
    await t.close();
  });

  /** Events, read model and claims, in a form two snapshots compare by. */
  async function snapshot(): Promise<string> {
    const events = await dataSource.getRepository(EventEntity).count();
    const customers = await dataSource
      .getRepository(CustomerEntity)
      .find({ order: { customerId: 'ASC' } });
    const claims = await dataSource
      .getRepository(ContactClaimEntity)
      .find({ order: { contactKey: 'ASC' } });
    return JSON.stringify({ events, customers, claims });
  }

  async function send(request: HostileRequest) {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (request.contentType) headers['content-type'] = request.contentType;
    if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;
    const response = await fetch(`${baseUrl}${request.url}`, {
      method: request.method,
      headers,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: response.status, headers: response.headers, body };
  }

  it.each(SURFACES.map((s) => [s.name, s] as const))(
    '%s: never a 500, always its own format, and a refusal changes nothing',
    async (name, surface) => {
      const counts = new Map<number, number>();
      statuses.set(name, counts);
      await assertProperty(
        fc.asyncProperty(surface.requests, async (request) => {
          const before = await snapshot();
          const { status, headers, body } = await send(request);
          counts.set(status, (counts.get(status) ?? 0) + 1);
          expect(status).toBeLessThan(500);
          expectSurfaceFormat(surface.format, status, headers, body);
          if (status >= 400) expect(await snapshot()).toBe(before);
        }),
      );
      // The generators reached refusals, not only one kind of answer.
      expect([...counts.keys()].some((status) => status >= 400)).toBe(true);
      // What was accepted left a log that verifies and a read model equal to its replay.
      const verified = await t.http
        .get('/api/audit/verify')
        .set('Authorization', `Bearer ${token}`);
      expect(verified.body).toMatchObject({ valid: true });
      expect((await t.app.get(ProjectionRebuilder).compare()).differences).toEqual([]);
    },
    600_000,
  );
});
