import type { Response } from 'supertest';
import { individualBody } from '@app/testing';
import type { DatabaseKind } from './databases.js';
import { createTestApp, type TestApp } from './test-app.js';

// The seed's sample is the OpenAPI document's example of UpdateContactCommand: one definition.
export {
  SEED_CONTACT_KEY,
  SEED_SAMPLE_ANSWER,
  SEED_SAMPLE_REQUEST,
} from '../../apps/api/src/http/openapi/examples/bpm-seed.examples.js';

export type BpmSender = (
  commandName: string,
  data: unknown,
  headers?: Record<string, string>,
) => Promise<Response>;

/** Sends `{commandName, data}` to `POST /api/bpm/cmd` with the given bearer token. */
export function bpmSender(t: TestApp, token: string): BpmSender {
  return (commandName, data, headers = {}) =>
    t.http
      .post('/api/bpm/cmd')
      .set({ Authorization: `Bearer ${token}`, ...headers })
      .send({ commandName, data });
}

/** The field paths of a BPM validation error. */
export function errorFields(res: Response): string[] {
  return ((res.body as { errors?: Array<{ field: string }> }).errors ?? []).map((e) => e.field);
}

export const ISO_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** What every BPM error body holds (API.md §1): `statusCode` is `CBS_` + the HTTP status. */
export function bpmFailure(status: number, code: string, message?: string) {
  return {
    isSuccessful: false,
    statusCode: `CBS_${status}`,
    code,
    ...(message ? { message } : {}),
  };
}

/** An app with two registered individuals, `cust_a` and `cust_b`, and a BPM sender for it. */
export async function bootWithTwoIndividuals(database: DatabaseKind, env?: Record<string, string>) {
  const t = await createTestApp({ database, ...(env ? { env } : {}) });
  const token = await t.tokenFor();
  for (const [customerId, email] of [
    ['cust_a', 'a@example.com'],
    ['cust_b', 'b@example.com'],
  ]) {
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ customerId, email }))
      .expect(201);
  }
  return { t, send: bpmSender(t, token) };
}
