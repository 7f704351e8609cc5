import {
  aBusiness,
  anAddress,
  anIndividual,
  aPhone,
  aRepresentative,
  given,
  registered,
} from '@app/testing';

const individual = registered(anIndividual());
const business = registered(aBusiness());
const mobile = aPhone();
const primaryPhone = aPhone({ type: 'PRIMARY', phoneNumber: '1234567891' });
const primary = anAddress();
const businessAddress = anAddress({ addressLine1: '789 Main Str.', addressLine2: 'Suite 10' });
const businessPrimaryPhone = aPhone({ type: 'PRIMARY', phoneNumber: '5556667777' });
const rep = aRepresentative();

/** API.md §4.1 through updateContact, the one merge path: replace or add by type, keep the rest. */
describe('Customer lists merged by type', () => {
  describe('an individual', () => {
    it('records MobileChanged for MOBILE and PhoneChanged per other type, in type order', () => {
      const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
      const newPrimary = aPhone({ type: 'PRIMARY', phoneNumber: '5550003' });
      const newMobile = aPhone({ phoneNumber: '5550001' });
      given(individual)
        .when((c) => c.updateContact({ phones: [newPrimary, landline, newMobile] }))
        .then([
          { type: 'MobileChanged', data: { from: mobile, to: newMobile } },
          { type: 'PhoneChanged', data: { phoneType: 'LANDLINE', from: null, to: landline } },
          {
            type: 'PhoneChanged',
            data: { phoneType: 'PRIMARY', from: primaryPhone, to: newPrimary },
          },
        ]);
    });

    it('keeps the phone types not sent and records nothing for unchanged items', () => {
      const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
      const outcome = given(individual).when((c) =>
        c.updateContact({ phones: [mobile, landline] }),
      );
      outcome.then([
        { type: 'PhoneChanged', data: { phoneType: 'LANDLINE', from: null, to: landline } },
      ]);
      expect(outcome.customer.state).toMatchObject({
        customer: { phones: [mobile, primaryPhone, landline] },
      });
    });

    it('records AddressChanged per changed type, PRIMARY before SECONDARY, keeping types not sent', () => {
      const secondary = anAddress({ type: 'SECONDARY', addressLine1: '1 Side St.' });
      const moved = anAddress({ addressLine1: '9 New St.' });
      given(individual)
        .when((c) => c.updateContact({ addresses: [secondary, moved] }))
        .then([
          { type: 'AddressChanged', data: { addressType: 'PRIMARY', from: primary, to: moved } },
          { type: 'AddressChanged', data: { addressType: 'SECONDARY', from: null, to: secondary } },
        ]);
      const outcome = given(individual).when((c) => c.updateContact({ addresses: [secondary] }));
      outcome.then([
        { type: 'AddressChanged', data: { addressType: 'SECONDARY', from: null, to: secondary } },
      ]);
      expect(outcome.customer.state).toMatchObject({
        customer: { addresses: [primary, secondary] },
      });
    });

    it('reports every bad phone field', () => {
      given(individual)
        .when((c) =>
          c.updateContact({
            phones: [
              aPhone({ phoneNumber: 'x' }),
              aPhone({ type: 'LANDLINE', countryDialingCode: 'y' }),
            ],
          }),
        )
        .thenFails({
          code: 'VALIDATION_FAILED',
          fields: ['customer.phones[0].phoneNumber', 'customer.phones[1].countryDialingCode'],
        });
    });
  });

  describe('a business', () => {
    it('records AddressChanged per type and keeps types not sent', () => {
      const secondary = anAddress({ type: 'SECONDARY', city: 'Pittsburgh' });
      const outcome = given(business).when((c) =>
        c.updateContact({ businessAddresses: [secondary] }),
      );
      outcome.then([
        { type: 'AddressChanged', data: { addressType: 'SECONDARY', from: null, to: secondary } },
      ]);
      expect(outcome.customer.state).toMatchObject({
        customer: { businessAddresses: [businessAddress, secondary] },
      });
    });

    it('records nothing for the stored address', () => {
      given(business)
        .when((c) => c.updateContact({ businessAddresses: [businessAddress] }))
        .thenNothing();
    });

    it('records PhoneChanged for every business phone type, MOBILE included (nothing is claimed)', () => {
      const newMobile = aPhone({ phoneNumber: '5550001' });
      const newPrimary = aPhone({ type: 'PRIMARY', phoneNumber: '5550003' });
      given(business)
        .when((c) => c.updateContact({ businessPhones: [newPrimary, newMobile] }))
        .then([
          { type: 'PhoneChanged', data: { phoneType: 'MOBILE', from: null, to: newMobile } },
          {
            type: 'PhoneChanged',
            data: { phoneType: 'PRIMARY', from: businessPrimaryPhone, to: newPrimary },
          },
        ]);
    });

    it('names the business list in duplicate-type and format errors', () => {
      given(business)
        .when((c) =>
          c.updateContact({ businessPhones: [businessPrimaryPhone, businessPrimaryPhone] }),
        )
        .thenFails({
          code: 'DUPLICATE_TYPE',
          fields: ['customer.businessPhones'],
          matching: { kind: 'phone' },
        });
      given(business)
        .when((c) => c.updateContact({ businessAddresses: [anAddress({ city: '' })] }))
        .thenFails({ code: 'VALIDATION_FAILED', fields: ['customer.businessAddresses[0].city'] });
    });
  });

  describe('a business representative', () => {
    it('records one RepresentativeContactChanged with only the changed parts', () => {
      const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
      const moved = anAddress({ addressLine1: '1 Rep Rd.' });
      const [repAddress] = rep.addresses;
      given(business)
        .when((c) =>
          c.updateContact({
            businessRepresentatives: [
              {
                id: 'rep_principal',
                email: 'new@aa.aa',
                addresses: [moved],
                phones: [aPhone(), landline],
              },
            ],
          }),
        )
        .then([
          {
            type: 'RepresentativeContactChanged',
            data: {
              representativeId: 'rep_principal',
              from: { email: 'aa@aa.aa', addresses: [repAddress!], phones: [] },
              to: { email: 'new@aa.aa', addresses: [moved], phones: [landline] },
            },
          },
        ]);
    });

    it('keeps phone types not sent', () => {
      const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
      const outcome = given(business).when((c) =>
        c.updateContact({ businessRepresentatives: [{ id: 'rep_principal', phones: [landline] }] }),
      );
      outcome.then([
        {
          type: 'RepresentativeContactChanged',
          data: {
            representativeId: 'rep_principal',
            from: { phones: [] },
            to: { phones: [landline] },
          },
        },
      ]);
      expect(outcome.customer.state).toMatchObject({
        businessRepresentatives: [{ phones: [aPhone(), landline] }],
      });
    });

    it('records nothing when every part is unchanged', () => {
      given(business)
        .when((c) =>
          c.updateContact({
            businessRepresentatives: [
              { id: 'rep_principal', email: ' aa@aa.aa ', phones: [aPhone()] },
            ],
          }),
        )
        .thenNothing();
    });

    it('refuses duplicate address types before looking the representative up', () => {
      given(business)
        .when((c) =>
          c.updateContact({
            businessRepresentatives: [{ id: 'rep_unknown', addresses: [anAddress(), anAddress()] }],
          }),
        )
        .thenFails({
          code: 'DUPLICATE_TYPE',
          fields: ['businessRepresentatives[0].addresses'],
          matching: { kind: 'address' },
        });
    });
  });

  it('assertIndividual refuses a business and accepts an individual', () => {
    given(business)
      .when((c) => c.assertIndividual())
      .thenFails({ code: 'CUSTOMER_TYPE_NOT_SUPPORTED', matching: { customerType: 'business' } });
    given(individual)
      .when((c) => c.assertIndividual())
      .thenNothing();
  });
});
