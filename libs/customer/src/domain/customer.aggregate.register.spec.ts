import {
  aBusiness,
  anAddress,
  anIndividual,
  aPhone,
  aRepresentative,
  expectToFail,
  fieldsOf,
  FixedClock,
  SequentialIds,
} from '@app/testing';
import { Customer } from './customer.aggregate.js';

const clock = new FixedClock('2026-11-21T10:30:00.000Z');
const register = (input: Parameters<typeof Customer.register>[0]): Customer =>
  Customer.register(input, clock, new SequentialIds());

/** The fields a registration refuses; the test fails unless it is refused as VALIDATION_FAILED. */
const failingFields = (run: () => unknown): string[] =>
  fieldsOf(expectToFail(run, { code: 'VALIDATION_FAILED' }));

describe('Customer.register', () => {
  it('registers a valid individual: one CustomerRegistered, version 1, both times from the clock', () => {
    const input = anIndividual();
    const customer = register(input);
    const events = customer.pullPendingEvents();
    expect(events).toStrictEqual([
      {
        type: 'CustomerRegistered',
        schemaVersion: 1,
        occurredAt: '2026-11-21T10:30:00.000Z',
        data: {
          customerId: 'cust_individual',
          reference: 'ExtRefICust101',
          customerType: 'individual',
          customer: input.customer,
        },
      },
    ]);
    expect(customer.version).toBe(1);
    expect(customer.state).toMatchObject({
      createdAt: clock.now(),
      updatedAt: clock.now(),
      version: 1,
    });
  });

  it('registers a valid business with its representatives', () => {
    const customer = register(aBusiness());
    expect(customer.customerType).toBe('business');
    expect(customer.state).toMatchObject({
      customerType: 'business',
      businessRepresentatives: [{ id: 'rep_principal', firstName: 'Joleen' }],
    });
  });

  it('trims the email and stores it otherwise as given', () => {
    expect(register(anIndividual({ email: '  Jane@Example.com ' })).state).toMatchObject({
      customer: { email: 'Jane@Example.com' },
    });
  });

  it('generates representative ids when absent or empty, keeps given ones', () => {
    const reps = [
      aRepresentative({ id: undefined }),
      aRepresentative({ id: '' }),
      aRepresentative({ id: 'rep_given' }),
    ];
    const customer = register(aBusiness({ businessRepresentatives: reps }));
    const ids =
      customer.state.customerType === 'business'
        ? customer.state.businessRepresentatives.map((r) => r.id)
        : [];
    expect(ids).toEqual(['rep_1', 'rep_2', 'rep_given']);
  });

  it('generates the customer id when none is given', () => {
    expect(register(anIndividual({ customerId: '' })).id).toBe('cust_1');
  });

  it('leaves absent optional fields out of the state so it round-trips through JSON', () => {
    const state = register(
      anIndividual({ middleName: undefined, gender: undefined, reference: null }),
    ).state;
    expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
    expect(state.reference).toBeNull();
  });

  it('collects every failing field of an individual into one ValidationFailedError', () => {
    const input = anIndividual({
      firstName: ' ',
      lastName: 'x'.repeat(51),
      gender: 'X' as never,
      dateOfBirth: '2026-11-22',
      email: 'not-an-email',
      citizenshipCountryCodeA3: 'us',
      addresses: [anAddress({ city: '' })],
      phones: [aPhone({ phoneNumber: '12ab' })],
      identificationDocuments: [
        { type: 'SSN', value: '', issuanceCountryCodeA3: 'USA', expiryDate: '2029-02-30' },
      ],
    });
    expect(failingFields(() => register(input)).sort()).toEqual(
      [
        'customer.firstName',
        'customer.lastName',
        'customer.gender',
        'customer.dateOfBirth',
        'customer.email',
        'customer.citizenshipCountryCodeA3',
        'customer.addresses[0].city',
        'customer.phones[0].phoneNumber',
        'customer.identificationDocuments[0].value',
        'customer.identificationDocuments[0].expiryDate',
      ].sort(),
    );
  });

  it('collects failing fields of a business and of its representatives', () => {
    const input = aBusiness({
      businessName: '',
      businessPhones: [aPhone({ type: 'PRIMARY', countryDialingCode: '12345' })],
      businessRepresentatives: [
        aRepresentative(),
        aRepresentative({ id: 'rep_2', email: 'x', lastName: undefined as never }),
      ],
    });
    expect(failingFields(() => register(input))).toEqual([
      'customer.businessName',
      'customer.businessPhones[0].countryDialingCode',
      'businessRepresentatives[1].lastName',
      'businessRepresentatives[1].email',
    ]);
  });

  it('refuses a date of birth in the future of the clock, accepts today', () => {
    expect(register(anIndividual({ dateOfBirth: '2026-11-21' })).state).toMatchObject({
      customer: { dateOfBirth: '2026-11-21' },
    });
    expect(failingFields(() => register(anIndividual({ dateOfBirth: '2026-11-22' })))).toEqual([
      'customer.dateOfBirth',
    ]);
  });

  it('refuses two addresses of one type', () => {
    const input = anIndividual({ addresses: [anAddress(), anAddress({ city: 'Other' })] });
    expectToFail(() => register(input), {
      code: 'DUPLICATE_TYPE',
      fields: ['customer.addresses'],
      matching: { kind: 'address', message: 'Duplicate address type found.' },
    });
  });

  it('refuses two phones of one type, before looking at formats', () => {
    const input = anIndividual({
      email: 'bad',
      phones: [aPhone(), aPhone({ phoneNumber: '999' })],
    });
    expectToFail(() => register(input), {
      code: 'DUPLICATE_TYPE',
      fields: ['customer.phones'],
      matching: { kind: 'phone' },
    });
  });

  it('refuses duplicate types in a representative’s lists', () => {
    const rep = aRepresentative({ phones: [aPhone(), aPhone()] });
    expectToFail(() => register(aBusiness({ businessRepresentatives: [rep] })), {
      code: 'DUPLICATE_TYPE',
      fields: ['businessRepresentatives[0].phones'],
    });
  });

  it('refuses the same representative id twice', () => {
    const reps = [aRepresentative(), aRepresentative()];
    expect(failingFields(() => register(aBusiness({ businessRepresentatives: reps })))).toEqual([
      'businessRepresentatives[1].id',
    ]);
  });
});
