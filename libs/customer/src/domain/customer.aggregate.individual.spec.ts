import { ValidationFailedError } from '@app/core';
import { aBusiness, anAddress, anIndividual, aPhone, given, registered } from '@app/testing';
import type { Customer } from './customer.aggregate.js';
import type { Address } from './customer.types.js';
import {
  FieldNotAllowedForCustomerTypeError,
  DuplicateTypeError,
} from './errors/customer.errors.js';

const individual = registered(anIndividual());
const business = registered(aBusiness());
const mobile = aPhone();
const primaryPhone = aPhone({ type: 'PRIMARY', phoneNumber: '1234567891' });
const primary = anAddress();

describe('Customer individual contact changes', () => {
  describe('changeEmail', () => {
    it('records EmailChanged from the old to the new, trimmed email', () => {
      given(individual)
        .when((c) => c.changeEmail(' new@example.com '))
        .then([
          { type: 'EmailChanged', data: { from: 'abc123def4@test.test', to: 'new@example.com' } },
        ]);
    });

    it('records nothing for the same email (after trimming)', () => {
      given(individual)
        .when((c) => c.changeEmail('  abc123def4@test.test'))
        .thenNothing();
    });

    it('records from null when the customer had no email', () => {
      given(registered(anIndividual({ email: undefined })))
        .when((c) => c.changeEmail('first@example.com'))
        .then([{ type: 'EmailChanged', data: { from: null, to: 'first@example.com' } }]);
    });

    it('refuses an invalid email', () => {
      given(individual)
        .when((c) => c.changeEmail('nope'))
        .thenThrows(ValidationFailedError);
    });
  });

  describe('replaceMobile', () => {
    it('records MobileChanged for the MOBILE phone', () => {
      given(individual)
        .when((c) => c.replaceMobile({ countryDialingCode: '234', phoneNumber: '9876543210' }))
        .then([
          {
            type: 'MobileChanged',
            data: {
              from: mobile,
              to: { type: 'MOBILE', countryDialingCode: '234', phoneNumber: '9876543210' },
            },
          },
        ]);
    });

    it('records nothing for the same number', () => {
      given(individual)
        .when((c) => c.replaceMobile({ countryDialingCode: '01', phoneNumber: '1234567890' }))
        .thenNothing();
    });

    it('keeps no dialing code when none is given', () => {
      const [event] = given(individual)
        .when((c) => c.replaceMobile({ phoneNumber: '5550001' }))
        .then([
          {
            type: 'MobileChanged',
            data: { from: mobile, to: { type: 'MOBILE', phoneNumber: '5550001' } },
          },
        ]);
      expect(event?.occurredAt).toBe('2026-11-21T10:30:00.000Z');
    });
  });

  describe('mergePhones', () => {
    it('records MobileChanged for MOBILE and PhoneChanged per other type, in type order', () => {
      const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
      const newPrimary = aPhone({ type: 'PRIMARY', phoneNumber: '5550003' });
      const newMobile = aPhone({ phoneNumber: '5550001' });
      given(individual)
        .when((c) => c.mergePhones([newPrimary, landline, newMobile]))
        .then([
          { type: 'MobileChanged', data: { from: mobile, to: newMobile } },
          { type: 'PhoneChanged', data: { phoneType: 'LANDLINE', from: null, to: landline } },
          {
            type: 'PhoneChanged',
            data: { phoneType: 'PRIMARY', from: primaryPhone, to: newPrimary },
          },
        ]);
    });

    it('keeps the types not sent and records nothing for unchanged items', () => {
      const landline = aPhone({ type: 'LANDLINE', phoneNumber: '5550002' });
      const outcome = given(individual).when((c) => c.mergePhones([mobile, landline]));
      outcome.then([
        { type: 'PhoneChanged', data: { phoneType: 'LANDLINE', from: null, to: landline } },
      ]);
      expect(outcome.customer.state).toMatchObject({
        customer: { phones: [mobile, primaryPhone, landline] },
      });
    });

    it('refuses two phones of one type', () => {
      given(individual)
        .when((c) => c.mergePhones([mobile, aPhone({ phoneNumber: '1' })]))
        .thenThrows(DuplicateTypeError, { kind: 'phone', field: 'phones' });
    });

    it('reports every bad phone field', () => {
      const error = given(individual)
        .when((c) =>
          c.mergePhones([
            aPhone({ phoneNumber: 'x' }),
            aPhone({ type: 'LANDLINE', countryDialingCode: 'y' }),
          ]),
        )
        .thenThrows(ValidationFailedError);
      expect(error.errors.map((e) => e.field)).toEqual([
        'phones[0].phoneNumber',
        'phones[1].countryDialingCode',
      ]);
    });
  });

  describe('mergeAddresses', () => {
    it('records AddressChanged per changed type, PRIMARY before SECONDARY', () => {
      const secondary = anAddress({ type: 'SECONDARY', addressLine1: '1 Side St.' });
      const moved = anAddress({ addressLine1: '9 New St.' });
      given(individual)
        .when((c) => c.mergeAddresses([secondary, moved]))
        .then([
          { type: 'AddressChanged', data: { addressType: 'PRIMARY', from: primary, to: moved } },
          { type: 'AddressChanged', data: { addressType: 'SECONDARY', from: null, to: secondary } },
        ]);
    });

    it('keeps the address types not sent', () => {
      const secondary = anAddress({ type: 'SECONDARY', addressLine1: '1 Side St.' });
      const outcome = given(individual).when((c) => c.mergeAddresses([secondary]));
      outcome.then([
        { type: 'AddressChanged', data: { addressType: 'SECONDARY', from: null, to: secondary } },
      ]);
      expect(outcome.customer.state).toMatchObject({
        customer: { addresses: [primary, secondary] },
      });
    });

    it('records nothing when the address is the stored one', () => {
      given(individual)
        .when((c) => c.mergeAddresses([anAddress()]))
        .thenNothing();
    });

    it('refuses two addresses of one type', () => {
      given(individual)
        .when((c) => c.mergeAddresses([primary, primary]))
        .thenThrows(DuplicateTypeError, { kind: 'address', field: 'addresses' });
    });
  });

  describe('mergePrimaryAddress', () => {
    it('merges the given fields into the PRIMARY address and keeps the others', () => {
      const to: Address = { ...primary, city: 'Abuja', stateCode: 'FCT', countryCodeA3: 'NGA' };
      given(individual)
        .when((c) =>
          c.mergePrimaryAddress({ city: 'Abuja', stateCode: 'FCT', countryCodeA3: 'NGA' }),
        )
        .then([{ type: 'AddressChanged', data: { addressType: 'PRIMARY', from: primary, to } }]);
    });

    it('records nothing when the fields equal the stored ones', () => {
      given(individual)
        .when((c) => c.mergePrimaryAddress({ city: 'Harrisburg' }))
        .thenNothing();
    });

    it('creates a PRIMARY address from line 1, city and country, without a state', () => {
      const patch = { addressLine1: '456 New Street', city: 'Abuja', countryCodeA3: 'NGA' };
      given(registered(anIndividual({ addresses: [] })))
        .when((c) => c.mergePrimaryAddress(patch))
        .then([
          {
            type: 'AddressChanged',
            data: { addressType: 'PRIMARY', from: null, to: { type: 'PRIMARY', ...patch } },
          },
        ]);
    });

    it('needs line 1, city and country to create one, naming each missing field', () => {
      const error = given(
        registered(anIndividual({ addresses: [anAddress({ type: 'SECONDARY' })] })),
      )
        .when((c) => c.mergePrimaryAddress({ stateCode: 'FCT' }))
        .thenThrows(ValidationFailedError);
      expect(error.errors.map((e) => e.field)).toEqual(['addressLine1', 'city', 'countryCodeA3']);
    });

    it('refuses blank fields when merging', () => {
      given(individual)
        .when((c) => c.mergePrimaryAddress({ city: ' ' }))
        .thenThrows(ValidationFailedError, {
          errors: [{ field: 'city', message: 'must not be blank' }],
        });
    });
  });

  describe('changePersonalDetails', () => {
    it('records one PersonalDetailsChanged with only the changed fields, absent previous ones left out of from', () => {
      given(individual)
        .when((c) =>
          c.changePersonalDetails({ firstName: 'Jessie', lastName: 'Sample', middleName: 'Q' }),
        )
        .then([
          {
            type: 'PersonalDetailsChanged',
            data: { from: { firstName: 'Janice' }, to: { firstName: 'Jessie', middleName: 'Q' } },
          },
        ]);
    });

    it('records nothing when every field is unchanged', () => {
      given(individual)
        .when((c) => c.changePersonalDetails({ gender: 'F', dateOfBirth: '1969-08-04' }))
        .thenNothing();
    });

    it('refuses a future date of birth and a gender other than M or F', () => {
      const error = given(individual)
        .when((c) => c.changePersonalDetails({ dateOfBirth: '2030-01-01', gender: 'X' as never }))
        .thenThrows(ValidationFailedError);
      expect(error.errors.map((e) => e.field)).toEqual(['gender', 'dateOfBirth']);
    });
  });

  describe('on a business customer', () => {
    it.each([
      ['changeEmail', 'email', (c: Customer) => c.changeEmail('a@b.c')],
      ['replaceMobile', 'phones', (c: Customer) => c.replaceMobile({ phoneNumber: '123' })],
      ['mergePhones', 'phones', (c: Customer) => c.mergePhones([mobile])],
      ['mergeAddresses', 'addresses', (c: Customer) => c.mergeAddresses([primary])],
      ['mergePrimaryAddress', 'addresses', (c: Customer) => c.mergePrimaryAddress({ city: 'X' })],
      [
        'changePersonalDetails',
        'lastName',
        (c: Customer) => c.changePersonalDetails({ lastName: 'X' }),
      ],
    ] as const)('%s is not allowed (field %s)', (_name, field, command) => {
      given(business)
        .when(command)
        .thenThrows(FieldNotAllowedForCustomerTypeError, { field, customerType: 'business' });
    });
  });
});
