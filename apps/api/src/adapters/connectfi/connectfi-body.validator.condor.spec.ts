import { ValidationFailedError } from '@app/core';
import { validateCondorCustomerUpdate } from './connectfi-body.validator.js';

/** The seed's request body, its `#####` placeholders filled with digits as it says. */
const SEED_BODY = {
  customerId: 'csta_6clNH3W2pBehujY8mpTCU8',
  firstName: 'Jessie',
  lastName: 'Testman',
  gender: 'M',
  dateOfBirth: '1978-10-25',
  email: 'bb@bb.be',
  addresses: [
    {
      type: 'PRIMARY',
      addressLine1: '123 Some Str.',
      city: 'Mycityname',
      countryCodeA3: 'USA',
      postalCode: '12345',
      stateCode: 'PA',
    },
    {
      type: 'SECONDARY',
      addressLine1: '124 Some Str.',
      city: 'Mycityname',
      countryCodeA3: 'USA',
      postalCode: '12345',
      stateCode: 'PA',
    },
  ],
  phones: [{ type: 'MOBILE', phoneNumber: '1234567890', countryDialingCode: '01' }],
};

const [PRIMARY] = SEED_BODY.addresses;

function failureOf(body: unknown): ValidationFailedError {
  try {
    validateCondorCustomerUpdate(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return error as ValidationFailedError;
  }
  throw new Error('expected the body to fail validation');
}

describe('validateCondorCustomerUpdate', () => {
  it.each([
    ['the seed body', SEED_BODY],
    ['only a customerId', { customerId: 'csta_1' }],
    ['an F gender', { customerId: 'csta_1', gender: 'F' }],
  ])('accepts %s and returns it', (_name, body) => {
    expect(validateCondorCustomerUpdate(body)).toBe(body);
  });

  it("reproduces the seed's missing stateCode error exactly", () => {
    const { stateCode: _omitted, ...address } = PRIMARY!;
    const error = failureOf({ customerId: 'csta_1', addresses: [address] });
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'addresses[0].stateCode', message: 'is required' }],
    });
    expect(error.details.context).toEqual([
      {
        instancePath: '/addresses/0',
        schemaPath: '#/definitions/address/required',
        keyword: 'required',
        params: { missingProperty: 'stateCode' },
        message: "must have required property 'stateCode'",
      },
    ]);
  });

  it("reproduces the seed's additional property error for cardAttributes exactly", () => {
    const error = failureOf({ ...SEED_BODY, cardAttributes: { embossName: 'J TESTMAN' } });
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'cardAttributes', message: 'is not allowed' }],
    });
    expect(error.details.context).toEqual([
      {
        instancePath: '',
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'cardAttributes' },
        message: 'must NOT have additional properties',
      },
    ]);
  });

  it('lists every failure: the table\'s "state" is refused and stateCode still required', () => {
    const { stateCode, ...address } = PRIMARY!;
    const error = failureOf({
      customerId: 'csta_1',
      gender: 'm',
      addresses: [{ ...address, state: stateCode }],
    });
    expect(error.errors).toEqual([
      { field: 'gender', message: 'must be equal to one of the allowed values' },
      { field: 'addresses[0].stateCode', message: 'is required' },
      { field: 'addresses[0].state', message: 'is not allowed' },
    ]);
    expect(error.details.context).toHaveLength(3);
  });
});
