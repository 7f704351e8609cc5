import { individualBody, type IndividualBodyOverrides } from '@app/testing';
import type { TestApp } from './test-app.js';

/** Registers one individual (`individualBody` with `overrides`) and returns its customer id. */
export type IndividualRegistrar = (overrides?: IndividualBodyOverrides) => Promise<string>;

/**
 * Registers individuals of a test's own through `POST /api/customers`, so that no test depends
 * on a customer another test registered or changed. Each gets a new id (`<prefix>_<n>`) and the
 * email `<id>@example.com` unless `overrides` name them; `individualBody` gives each its own
 * MOBILE number. Fails unless the registration answers 201.
 */
export function individualRegistrar(
  t: TestApp,
  token: string,
  prefix = 'cust',
): IndividualRegistrar {
  let registered = 0;
  return async (overrides = {}) => {
    const customerId = overrides.customerId ?? `${prefix}_${++registered}`;
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ email: `${customerId}@example.com`, ...overrides, customerId }))
      .expect(201);
    return customerId;
  };
}
