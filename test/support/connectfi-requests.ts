import type { Response } from 'supertest';
import {
  aBusiness,
  anIndividual,
  aPhone,
  type BusinessRegistration,
  type IndividualRegistration,
} from '@app/testing';
import type { DatabaseKind } from './databases.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * How long a suite's set-up, or a test that starts processes or sends many requests, may take:
 * booting an app runs the migrations and hashes a client secret with scrypt, which on a loaded
 * two-core machine can pass jest's default 5 s.
 */
export const SLOW_TIMEOUT_MS = 30_000;

export const CUSTOMER_UPDATE = '/customer/update';
export const CONDOR_UPDATE = '/condor/customer/update';

export type Sender = (body: unknown, headers?: Record<string, string>) => Promise<Response>;

export interface ConnectFiApp {
  readonly t: TestApp;
  readonly token: string;
  /** `POST /customer/update` with the token in `x-connectfi-token`, as connectFi clients send it. */
  readonly update: Sender;
  /** `POST /condor/customer/update`, the same way. */
  readonly condor: Sender;
  /** Registers a customer through `POST /api/customers`; fails the test unless 201. */
  register(body: IndividualRegistration | BusinessRegistration): Promise<Response>;
  /** Registers a {@link freshIndividual} and returns its registration body. */
  registerFresh(name: string): Promise<IndividualRegistration>;
}

function sender(t: TestApp, token: string, path: string): Sender {
  return (body, headers = {}) =>
    t.http
      .post(path)
      .set({ 'x-connectfi-token': token, ...headers })
      .send(body as object);
}

/** An app on a fresh database with an all-scopes token and the two connectFi routes. */
export async function bootConnectFi(database: DatabaseKind): Promise<ConnectFiApp> {
  const t = await createTestApp({ database });
  const token = await t.tokenFor();
  const register: ConnectFiApp['register'] = async (body) => {
    const res = await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(body);
    if (res.status !== 201) throw new Error(`registration failed: ${res.status} ${res.text}`);
    return res;
  };
  return {
    t,
    token,
    update: sender(t, token, CUSTOMER_UPDATE),
    condor: sender(t, token, CONDOR_UPDATE),
    register,
    async registerFresh(name) {
      const body = freshIndividual(name);
      await register(body);
      return body;
    },
  };
}

let counter = 0;

/** An individual with an id and contacts no other test uses (`name` keeps ids readable). */
export function freshIndividual(name: string): IndividualRegistration {
  const n = ++counter;
  return anIndividual({
    customerId: `cfi_${name}_${n}`,
    email: `${name}.${n}@example.com`,
    phones: [aPhone({ phoneNumber: String(3_000_000_000 + n) })],
  });
}

/** A business with its own id; its representative is `rep_principal`. */
export function freshBusiness(name: string): BusinessRegistration {
  return aBusiness({ customerId: `cfi_${name}_${++counter}` });
}

/** The events of one customer, oldest first, from its history. */
export async function historyOf(app: ConnectFiApp, customerId: string) {
  const res = await app.t.http
    .get(`/api/customers/${customerId}/history`)
    .set('Authorization', `Bearer ${app.token}`);
  return res.body.items as Array<{ type: string; version: number; metadata: { source: string } }>;
}
