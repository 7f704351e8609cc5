import { anAddress, aPhone } from '@app/testing';
import {
  bootConnectFi,
  freshBusiness,
  historyOf,
  SLOW_TIMEOUT_MS,
  type ConnectFiApp,
} from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';

const ADDRESS_MESSAGE = 'Duplicate address type found.';
const PHONE_MESSAGE = 'Duplicate phone type found.';
const twoAddresses = [anAddress(), anAddress({ addressLine1: '2 Other St' })];
const twoPhones = [
  aPhone({ type: 'LANDLINE', phoneNumber: '5550011' }),
  aPhone({ type: 'LANDLINE', phoneNumber: '5550012' }),
];

/**
 * The business side of `/customer/update`'s refusals (API.md §4.1, §1): two items of one type in a
 * business's arrays or a representative's, and a business member sent for an individual. Each
 * test has its own customer, and each refusal must leave its history as registered.
 */
describeEachDatabase('connectFi /customer/update refusals for business members', (database) => {
  let app: ConnectFiApp;
  beforeAll(async () => (app = await bootConnectFi(database)), SLOW_TIMEOUT_MS);
  afterAll(() => app.t.close());

  const registeredBusiness = async (name: string) => {
    const business = freshBusiness(name);
    await app.register(business);
    return business.customerId!;
  };

  const expectRefused = async (customerId: string, body: object, code: string, message: string) => {
    const res = await app.update({ customerId, ...body });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code, message, requestId: res.headers['x-request-id'] });
    expect(await historyOf(app, customerId)).toHaveLength(1);
  };

  it.each([
    ['businessAddresses', twoAddresses, ADDRESS_MESSAGE],
    ['businessPhones', twoPhones, PHONE_MESSAGE],
  ])('answers two %s of one type with 400 duplicateType', async (field, items, message) => {
    const customerId = await registeredBusiness(`dup_${field}`);
    await expectRefused(customerId, { customer: { [field]: items } }, 'duplicateType', message);
  });

  it.each([
    ['addresses', twoAddresses, ADDRESS_MESSAGE],
    ['phones', twoPhones, PHONE_MESSAGE],
  ])(
    'answers two %s of one type for a representative with 400 duplicateType',
    async (field, items, message) => {
      const customerId = await registeredBusiness(`dup_rep_${field}`);
      const body = {
        customer: {},
        businessRepresentatives: [{ id: 'rep_principal', [field]: items }],
      };
      await expectRefused(customerId, body, 'duplicateType', message);
    },
  );

  it('names businessRepresentatives sent for an individual: 400 invalidFieldForCustomerType', async () => {
    const { customerId } = await app.registerFresh('reps_for_individual');
    const body = {
      customer: {},
      businessRepresentatives: [{ id: 'rep_principal', email: 'rep@example.com' }],
    };
    await expectRefused(
      customerId!,
      body,
      'invalidFieldForCustomerType',
      "Field 'businessRepresentatives' is not allowed for an individual customer",
    );
  });
});
