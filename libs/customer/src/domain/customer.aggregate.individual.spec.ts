import { aBusiness, anAddress, anIndividual, aPhone, given, registered } from '@app/testing';
import type { Customer } from './customer.aggregate.js';
import type { Address } from './customer.types.js';
import { Email } from './value-objects/email.value-object.js';
import { MobileNumber } from './value-objects/mobile-number.value-object.js';

const individual = registered(anIndividual());
const business = registered(aBusiness());
const mobile = aPhone();
const primary = anAddress();
const email = (raw: string) => Email.parse(raw, 'email');
const mobileNumber = (raw: string) => MobileNumber.fromText(raw, 'mobile');

describe('Customer individual contact changes', () => {
  describe('changeEmail', () => {
    it('records EmailChanged from the old to the new email', () => {
      given(individual)
        .when((c) => c.changeEmail(email(' new@example.com ')))
        .then([
          { type: 'EmailChanged', data: { from: 'abc123def4@test.test', to: 'new@example.com' } },
        ]);
    });

    it('records nothing for the same email', () => {
      given(individual)
        .when((c) => c.changeEmail(email('  abc123def4@test.test')))
        .thenNothing();
    });

    it('records another casing of the same email as a change of the stored value', () => {
      given(individual)
        .when((c) => c.changeEmail(email('ABC123def4@test.test')))
        .then([
          {
            type: 'EmailChanged',
            data: { from: 'abc123def4@test.test', to: 'ABC123def4@test.test' },
          },
        ]);
    });

    it('records from null when the customer had no email', () => {
      given(registered(anIndividual({ email: undefined })))
        .when((c) => c.changeEmail(email('first@example.com')))
        .then([{ type: 'EmailChanged', data: { from: null, to: 'first@example.com' } }]);
    });
  });

  describe('replaceMobile', () => {
    it('records MobileChanged for the MOBILE phone', () => {
      given(individual)
        .when((c) => c.replaceMobile(mobileNumber('+234 987 654 3210')))
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
        .when((c) =>
          c.replaceMobile(
            MobileNumber.fromPhone({ countryDialingCode: '01', phoneNumber: '1234567890' }),
          ),
        )
        .thenNothing();
    });

    it('keeps no dialing code when none is given, and stamps the clock time', () => {
      const [event] = given(individual)
        .when((c) => c.replaceMobile(mobileNumber('555 0001')))
        .then([
          {
            type: 'MobileChanged',
            data: { from: mobile, to: { type: 'MOBILE', phoneNumber: '5550001' } },
          },
        ]);
      expect(event?.occurredAt).toBe('2026-11-21T10:30:00.000Z');
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
      given(registered(anIndividual({ addresses: [anAddress({ type: 'SECONDARY' })] })))
        .when((c) => c.mergePrimaryAddress({ stateCode: 'FCT' }))
        .thenFails({
          code: 'VALIDATION_FAILED',
          fields: ['addressLine1', 'city', 'countryCodeA3'],
        });
    });

    it('refuses blank fields when merging', () => {
      given(individual)
        .when((c) => c.mergePrimaryAddress({ city: ' ' }))
        .thenFails({
          code: 'VALIDATION_FAILED',
          fields: ['city'],
          matching: { errors: [{ field: 'city', message: 'must not be blank' }] },
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
      given(individual)
        .when((c) => c.changePersonalDetails({ dateOfBirth: '2030-01-01', gender: 'X' as never }))
        .thenFails({ code: 'VALIDATION_FAILED', fields: ['gender', 'dateOfBirth'] });
    });
  });

  describe('on a business customer', () => {
    it.each([
      ['changeEmail', 'email', (c: Customer) => c.changeEmail(email('a@b.c'))],
      ['replaceMobile', 'phones', (c: Customer) => c.replaceMobile(mobileNumber('1234567'))],
      ['mergePrimaryAddress', 'addresses', (c: Customer) => c.mergePrimaryAddress({ city: 'X' })],
      [
        'changePersonalDetails',
        'lastName',
        (c: Customer) => c.changePersonalDetails({ lastName: 'X' }),
      ],
    ] as const)('%s is not allowed (field %s)', (_name, field, command) => {
      given(business)
        .when(command)
        .thenFails({
          code: 'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE',
          fields: [field],
          matching: { customerType: 'business' },
        });
    });
  });
});
