import {
  SEED_BUSINESS_REQUEST,
  SEED_BUSINESS_RESPONSE_DATA,
  SEED_INDIVIDUAL_REQUEST,
  SEED_INDIVIDUAL_RESPONSE_DATA,
  seedBusinessRegistration,
  seedIndividualRegistration,
} from '@app/testing';
import { ISO_MS } from '../support/bpm-requests.js';
import {
  bootConnectFi,
  SLOW_TIMEOUT_MS,
  type ConnectFiApp,
} from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';

/**
 * The seed's own examples (connectfi-customer-update.txt), sent as they are. The answers equal
 * the seed's field for field, except `requestId`, `dtsCreatedAt` and SSNs (`last4`); our view
 * adds §6.1's `version` and `updatedAt`.
 */
describeEachDatabase('connectFi /customer/update: the seed examples', (database) => {
  let app: ConnectFiApp;
  beforeAll(async () => {
    app = await bootConnectFi(database);
    await app.register(seedIndividualRegistration());
    await app.register(seedBusinessRegistration());
  }, SLOW_TIMEOUT_MS);
  afterAll(() => app.t.close());

  const extras = (version: number) => ({
    dtsCreatedAt: expect.stringMatching(ISO_MS) as string,
    version,
    updatedAt: expect.stringMatching(ISO_MS) as string,
  });

  it('answers the individual request with the seed’s individual response', async () => {
    const res = await app.update(SEED_INDIVIDUAL_REQUEST);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.body).toStrictEqual({
      code: '0',
      data: { ...SEED_INDIVIDUAL_RESPONSE_DATA, ...extras(5) },
      requestId: res.headers['x-request-id'],
    });
    expect(res.headers.etag).toBe('"5"');
    expect(res.text).not.toContain('123457000');
  });

  it('answers the business request with the seed’s business response', async () => {
    const res = await app.update(SEED_BUSINESS_REQUEST);
    expect(res.status).toBe(200);
    expect(res.body).toStrictEqual({
      code: '0',
      data: { ...SEED_BUSINESS_RESPONSE_DATA, ...extras(3) },
      requestId: res.headers['x-request-id'],
    });
    expect(res.headers.etag).toBe('"3"');
    expect(res.text).not.toContain('666989698');
  });
});
