import {
  aBusiness,
  anAddress,
  anIndividual,
  aPhone,
  aRepresentative,
  given,
  registered,
} from '@app/testing';
import type { ContactUpdate } from './contact-update.js';

const individual = registered(anIndividual());
const business = registered(
  aBusiness({
    businessRepresentatives: [
      aRepresentative(),
      aRepresentative({ id: 'rep_second', email: 'b@b.b' }),
    ],
  }),
);

describe('Customer.updateContact', () => {
  it('records email, mobile, other phones and addresses in the contract order', () => {
    const mobile = aPhone({ phoneNumber: '5550001' });
    const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
    const secondary = anAddress({ type: 'SECONDARY' });
    given(individual)
      .when((c) =>
        c.updateContact({ addresses: [secondary], phones: [landline, mobile], email: 'new@x.io' }),
      )
      .then([
        { type: 'EmailChanged', data: { from: 'abc123def4@test.test', to: 'new@x.io' } },
        { type: 'MobileChanged', data: { from: aPhone(), to: mobile } },
        { type: 'PhoneChanged', data: { phoneType: 'LANDLINE', from: null, to: landline } },
        { type: 'AddressChanged', data: { addressType: 'SECONDARY', from: null, to: secondary } },
      ]);
  });

  it('records business phones, addresses, then representatives in request order', () => {
    const phone = aPhone({ type: 'LANDLINE' });
    const address = anAddress({ type: 'SECONDARY' });
    given(business)
      .when((c) =>
        c.updateContact({
          businessRepresentatives: [
            { id: 'rep_second', email: 'c@c.c' },
            { id: 'rep_principal', email: 'd@d.d' },
          ],
          businessAddresses: [address],
          businessPhones: [phone],
        }),
      )
      .then([
        { type: 'PhoneChanged', data: { phoneType: 'LANDLINE', from: null, to: phone } },
        { type: 'AddressChanged', data: { addressType: 'SECONDARY', from: null, to: address } },
        {
          type: 'RepresentativeContactChanged',
          data: {
            representativeId: 'rep_second',
            from: { email: 'b@b.b' },
            to: { email: 'c@c.c' },
          },
        },
        {
          type: 'RepresentativeContactChanged',
          data: {
            representativeId: 'rep_principal',
            from: { email: 'aa@aa.aa' },
            to: { email: 'd@d.d' },
          },
        },
      ]);
  });

  it('records nothing when every value equals the stored one', () => {
    given(individual)
      .when((c) =>
        c.updateContact({
          email: 'abc123def4@test.test',
          phones: [aPhone()],
          addresses: [anAddress()],
        }),
      )
      .thenNothing();
  });

  it.each(['businessAddresses', 'businessPhones', 'businessRepresentatives'] as const)(
    'refuses the business field %s on an individual',
    (field) => {
      const update: ContactUpdate = { email: 'x@y.z', [field]: [] };
      given(individual)
        .when((c) => c.updateContact(update))
        .thenFails({
          code: 'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE',
          fields: [field],
          matching: { customerType: 'individual' },
        });
    },
  );

  it.each([
    ['email', { email: 'x@y.z' }],
    ['addresses', { addresses: [anAddress()] }],
    ['phones', { phones: [aPhone()] }],
  ] as const)('refuses the individual field %s on a business', (field, update) => {
    given(business)
      .when((c) => c.updateContact({ businessPhones: [aPhone()], ...update }))
      .thenFails({
        code: 'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE',
        fields: [field],
        matching: { customerType: 'business' },
      });
  });

  it('checks the field type before duplicate types', () => {
    given(individual)
      .when((c) => c.updateContact({ phones: [aPhone(), aPhone()], businessPhones: [aPhone()] }))
      .thenFails({ code: 'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE', fields: ['businessPhones'] });
  });

  it('refuses duplicate address types before duplicate phone types, naming the array', () => {
    given(individual)
      .when((c) =>
        c.updateContact({ phones: [aPhone(), aPhone()], addresses: [anAddress(), anAddress()] }),
      )
      .thenFails({
        code: 'DUPLICATE_TYPE',
        fields: ['customer.addresses'],
        matching: { kind: 'address', message: 'Duplicate address type found.' },
      });
  });

  it('refuses duplicate phone types', () => {
    given(individual)
      .when((c) => c.updateContact({ phones: [aPhone(), aPhone()] }))
      .thenFails({
        code: 'DUPLICATE_TYPE',
        fields: ['customer.phones'],
        matching: { kind: 'phone', message: 'Duplicate phone type found.' },
      });
  });

  it('refuses duplicate types in a representative before an unknown id', () => {
    given(business)
      .when((c) =>
        c.updateContact({
          businessRepresentatives: [
            { id: 'nobody' },
            { id: 'rep_second', phones: [aPhone(), aPhone()] },
          ],
        }),
      )
      .thenFails({ code: 'DUPLICATE_TYPE', fields: ['businessRepresentatives[1].phones'] });
  });

  it('refuses an unknown representative before format errors, changing nothing', () => {
    given(business)
      .when((c) =>
        c.updateContact({
          businessPhones: [aPhone({ type: 'LANDLINE' })],
          businessRepresentatives: [{ id: 'nobody', email: 'bad' }],
        }),
      )
      .thenFails({ code: 'REPRESENTATIVE_NOT_FOUND', matching: { representativeId: 'nobody' } });
  });

  it('reports every format failure of the request at once and changes nothing', () => {
    given(business)
      .when((c) =>
        c.updateContact({
          businessAddresses: [anAddress({ countryCodeA3: 'us' })],
          businessPhones: [aPhone({ phoneNumber: '' })],
          businessRepresentatives: [
            { id: 'rep_second', email: 'bad', addresses: [anAddress({ stateCode: '' })] },
          ],
        }),
      )
      .thenFails({
        code: 'VALIDATION_FAILED',
        fields: [
          'customer.businessAddresses[0].countryCodeA3',
          'customer.businessPhones[0].phoneNumber',
          'businessRepresentatives[0].email',
          'businessRepresentatives[0].addresses[0].stateCode',
        ],
      });
  });

  it('is atomic: a bad address keeps a valid email from being applied', () => {
    given(individual)
      .when((c) => c.updateContact({ email: 'new@x.io', addresses: [anAddress({ city: '' })] }))
      .thenFails({ code: 'VALIDATION_FAILED', fields: ['customer.addresses[0].city'] });
  });

  it('refuses the same representative twice in one request', () => {
    given(business)
      .when((c) =>
        c.updateContact({ businessRepresentatives: [{ id: 'rep_second' }, { id: 'rep_second' }] }),
      )
      .thenFails({
        code: 'VALIDATION_FAILED',
        fields: ['businessRepresentatives[1].id'],
        matching: {
          errors: [
            { field: 'businessRepresentatives[1].id', message: 'must not repeat a representative' },
          ],
        },
      });
  });
});
