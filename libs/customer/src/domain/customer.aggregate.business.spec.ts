import { ValidationFailedError } from '@app/core';
import {
  aBusiness,
  anAddress,
  anIndividual,
  aPhone,
  aRepresentative,
  given,
  registered,
} from '@app/testing';
import type { Customer } from './customer.aggregate.js';
import {
  CustomerTypeNotSupportedError,
  DuplicateTypeError,
  FieldNotAllowedForCustomerTypeError,
  RepresentativeNotFoundError,
} from './errors/customer.errors.js';

const business = registered(aBusiness());
const individual = registered(anIndividual());
const businessAddress = anAddress({ addressLine1: '789 Main Str.', addressLine2: 'Suite 10' });
const businessPrimaryPhone = aPhone({ type: 'PRIMARY', phoneNumber: '5556667777' });
const rep = aRepresentative();

describe('Customer business contact changes', () => {
  it('mergeBusinessAddresses records AddressChanged per type and keeps types not sent', () => {
    const secondary = anAddress({ type: 'SECONDARY', city: 'Pittsburgh' });
    const outcome = given(business).when((c) => c.mergeBusinessAddresses([secondary]));
    outcome.then([
      { type: 'AddressChanged', data: { addressType: 'SECONDARY', from: null, to: secondary } },
    ]);
    expect(outcome.customer.state).toMatchObject({
      customer: { businessAddresses: [businessAddress, secondary] },
    });
  });

  it('mergeBusinessAddresses records nothing for the stored address', () => {
    given(business)
      .when((c) => c.mergeBusinessAddresses([businessAddress]))
      .thenNothing();
  });

  it('mergeBusinessPhones records PhoneChanged for every type, MOBILE included', () => {
    const mobile = aPhone({ phoneNumber: '5550001' });
    const primary = aPhone({ type: 'PRIMARY', phoneNumber: '5550003' });
    given(business)
      .when((c) => c.mergeBusinessPhones([primary, mobile]))
      .then([
        { type: 'PhoneChanged', data: { phoneType: 'MOBILE', from: null, to: mobile } },
        {
          type: 'PhoneChanged',
          data: { phoneType: 'PRIMARY', from: businessPrimaryPhone, to: primary },
        },
      ]);
  });

  it('mergeBusinessPhones refuses two phones of one type', () => {
    given(business)
      .when((c) => c.mergeBusinessPhones([businessPrimaryPhone, businessPrimaryPhone]))
      .thenThrows(DuplicateTypeError, { kind: 'phone', field: 'businessPhones' });
  });

  it('mergeBusinessAddresses names the business list in format errors', () => {
    given(business)
      .when((c) => c.mergeBusinessAddresses([anAddress({ city: '' })]))
      .thenThrows(ValidationFailedError, {
        errors: [{ field: 'businessAddresses[0].city', message: 'must not be blank' }],
      });
  });

  describe('updateRepresentativeContact', () => {
    it('records one RepresentativeContactChanged with only the changed parts', () => {
      const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
      const moved = anAddress({ addressLine1: '1 Rep Rd.' });
      const [repAddress] = rep.addresses;
      given(business)
        .when((c) =>
          c.updateRepresentativeContact('rep_principal', {
            email: 'new@aa.aa',
            addresses: [moved],
            phones: [aPhone(), landline],
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
        c.updateRepresentativeContact('rep_principal', { phones: [landline] }),
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
          c.updateRepresentativeContact('rep_principal', {
            email: ' aa@aa.aa ',
            phones: [aPhone()],
          }),
        )
        .thenNothing();
    });

    it('refuses an unknown representative', () => {
      given(business)
        .when((c) => c.updateRepresentativeContact('rep_unknown', { email: 'x@y.z' }))
        .thenThrows(RepresentativeNotFoundError, { representativeId: 'rep_unknown' });
    });

    it('refuses duplicate address types before the representative lookup', () => {
      given(business)
        .when((c) =>
          c.updateRepresentativeContact('rep_unknown', { addresses: [anAddress(), anAddress()] }),
        )
        .thenThrows(DuplicateTypeError, { kind: 'address', field: 'addresses' });
    });
  });

  it.each([
    [
      'mergeBusinessAddresses',
      'businessAddresses',
      (c: Customer) => c.mergeBusinessAddresses([anAddress()]),
    ],
    ['mergeBusinessPhones', 'businessPhones', (c: Customer) => c.mergeBusinessPhones([aPhone()])],
    [
      'updateRepresentativeContact',
      'businessRepresentatives',
      (c: Customer) => c.updateRepresentativeContact('r', {}),
    ],
  ] as const)('%s is not allowed on an individual (field %s)', (_name, field, command) => {
    given(individual)
      .when(command)
      .thenThrows(FieldNotAllowedForCustomerTypeError, { field, customerType: 'individual' });
  });

  it('assertIndividual refuses a business and accepts an individual', () => {
    given(business)
      .when((c) => c.assertIndividual())
      .thenThrows(CustomerTypeNotSupportedError, { customerType: 'business' });
    given(individual)
      .when((c) => c.assertIndividual())
      .thenNothing();
  });
});
