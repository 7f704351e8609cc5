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
/** The seed's answers, member by member in its order (§6.1's `version`, `updatedAt` follow). */
const ADDRESS = [
  'type',
  'addressLine1',
  'addressLine2',
  'city',
  'countryCodeA3',
  'postalCode',
  'stateCode',
];
const PHONE = ['type', 'phoneNumber', 'countryDialingCode'];
const SSN = ['type', 'issuanceCountryCodeA3', 'last4'];
const LICENCE = ['type', 'value', 'issuanceCountryCodeA3', 'issuanceRegion', 'expiryDate'];
const TOP = ['reference', 'customerId', 'customerType', 'customer', 'boises', 'dtsCreatedAt'];
const EXTRAS = ['version', 'updatedAt'];
const PERSON = ['firstName', 'lastName', 'gender', 'dateOfBirth'];
const CONTACTS = ['email', 'citizenshipCountryCodeA3', 'addresses', 'phones'];
const DOCUMENTS = 'identificationDocuments';

type Item = Record<string, unknown>;
const keysOf = (items: unknown) => (items as Item[]).map((item) => Object.keys(item));

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

  // Sending a seed request again is a no-op with the same answer, so these need no test order.
  it('sends the individual answer’s members in the seed’s order', async () => {
    const res = await app.update(SEED_INDIVIDUAL_REQUEST);
    expect(res.status).toBe(200);
    const { data } = res.body;
    expect(Object.keys(res.body)).toEqual(['code', 'data', 'requestId']);
    expect(Object.keys(data)).toEqual([...TOP, ...EXTRAS]);
    expect(Object.keys(data.customer)).toEqual([...PERSON, ...CONTACTS, DOCUMENTS]);
    expect(keysOf(data.customer.addresses)).toEqual([ADDRESS]);
    expect(keysOf(data.customer.phones)).toEqual([PHONE, PHONE]);
    expect(keysOf(data.customer.identificationDocuments)).toEqual([SSN, LICENCE]);
  });

  it('sends the business answer’s members in the seed’s order', async () => {
    const res = await app.update(SEED_BUSINESS_REQUEST);
    expect(res.status).toBe(200);
    const { data } = res.body;
    expect(Object.keys(data)).toEqual([...TOP, 'businessRepresentatives', ...EXTRAS]);
    expect(Object.keys(data.customer)).toEqual([
      'businessName',
      'businessFederalEin',
      'businessAddresses',
      'businessPhones',
    ]);
    expect(keysOf(data.customer.businessAddresses)).toEqual([ADDRESS]);
    expect(keysOf(data.customer.businessPhones)).toEqual([PHONE]);
    const [representative] = data.businessRepresentatives;
    expect(Object.keys(representative)).toEqual([
      'id',
      ...PERSON,
      'businessRepresentativeType',
      ...CONTACTS,
      DOCUMENTS,
    ]);
    expect(keysOf(representative.addresses)).toEqual([ADDRESS]);
    expect(keysOf(representative.phones)).toEqual([PHONE]);
    expect(keysOf(representative.identificationDocuments)).toEqual([SSN, LICENCE]);
  });
});
