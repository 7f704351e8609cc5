import { clientWithId } from './audit-clients.js';
import { individualBody } from '@app/testing';
import type { DatabaseKind } from './databases.js';
import { createTestApp, type TestApp } from './test-app.js';

export interface AuditScenario {
  readonly t: TestApp;
  /** audit:read only: sees PII masked. */
  readonly auditor: string;
  /** audit:read and audit:pii. */
  readonly piiAuditor: string;
}

/**
 * Two customers registered by `aud_api` through /api, then changed by `aud_bpm` through BPM:
 * an accepted email change, an accepted address change, a no-op and a rejection.
 */
export async function auditScenario(database: DatabaseKind): Promise<AuditScenario> {
  const t = await createTestApp({ database });
  const api = await clientWithId(t, 'aud_api', ['customers:write']);
  const bpm = await clientWithId(t, 'aud_bpm', ['customers:write']);
  for (const [customerId, email] of [
    ['aud_1', 'aud1@example.com'],
    ['aud_2', 'aud2@example.com'],
  ]) {
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${api}`)
      .send(individualBody({ customerId, email }))
      .expect(201);
  }
  const sendBpm = (data: object, status: number) =>
    t.http
      .post('/api/bpm/cmd')
      .set('Authorization', `Bearer ${bpm}`)
      .send({ commandName: 'UpdateContactCommand', data })
      .expect(status);
  await sendBpm({ contactEncodedKey: 'aud_1', emailAddress: 'aud1.new@example.com' }, 200);
  await sendBpm({ contactEncodedKey: 'aud_2', city: 'Abuja' }, 200);
  await sendBpm({ contactEncodedKey: 'aud_2', city: 'Abuja' }, 200);
  await sendBpm({ contactEncodedKey: 'aud_1', emailAddress: 'aud2@example.com' }, 409);
  return {
    t,
    auditor: await t.tokenFor(['audit:read']),
    piiAuditor: await t.tokenFor(['audit:read', 'audit:pii']),
  };
}
