import { bootWithTwoIndividuals, bpmFailure, type BpmSender } from '../support/bpm-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import type { TestApp } from '../support/test-app.js';

const address = {
  type: 'SECONDARY',
  addressLine1: '124 Some Str.',
  city: 'Mycityname',
  stateCode: 'PA',
  postalCode: '12345',
  countryCodeA3: 'USA',
};

describeEachDatabase('BPM UpdateCustomerCommand validated by the connectFi schemas', (database) => {
  let t: TestApp;
  let send: BpmSender;
  beforeAll(async () => ({ t, send } = await bootWithTwoIndividuals(database)));
  afterAll(() => t.close());

  it('lists every schema failure under data.<path>, without connectFi’s ajv context', async () => {
    const res = await send('UpdateCustomerCommand', {
      customerId: 'cust_a',
      customer: { addresses: [{ ...address, city: '   ', cardAttributes: {} }] },
      expectedVersion: 0,
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      ...bpmFailure(400, 'VALIDATION_FAILED', 'Validation error'),
      errors: [
        { field: 'data.customer.addresses[0].cardAttributes', message: 'is not allowed' },
        { field: 'data.customer.addresses[0].city', message: 'must not be only whitespace' },
        { field: 'data.expectedVersion', message: 'must be >= 1' },
      ],
    });
  });

  it('names the data itself when it is not an object of the schema', async () => {
    const res = await send('UpdateCustomerCommand', { customerId: 'cust_a' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'data.customer', message: 'is required' }]);
  });

  it('accepts a valid body and merges it, answering CBS_409 on a stale expectedVersion', async () => {
    const body = { customerId: 'cust_b', customer: { addresses: [address] } };
    const ok = await send('UpdateCustomerCommand', body);
    expect(ok.status).toBe(200);
    expect(ok.body.data.customer.addresses.map((a: { type: string }) => a.type)).toEqual([
      'PRIMARY',
      'SECONDARY',
    ]);
    const stale = await send('UpdateCustomerCommand', { ...body, expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject(bpmFailure(409, 'VERSION_CONFLICT'));
  });
});
