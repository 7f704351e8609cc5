import type { ValidationFailedError } from '@app/core';
import { expectToFail, SEED_CONDOR_REQUEST } from '@app/testing';
import { validateCondorCustomerUpdate } from './connectfi-body.validator.js';

const SEED_BODY = SEED_CONDOR_REQUEST;

const [PRIMARY] = SEED_BODY.addresses;

/** Asserts that `body` fails validation naming exactly `fields`, and returns the failure. */
const refusalOf = (body: unknown, fields: readonly string[]) =>
  expectToFail<ValidationFailedError>(() => validateCondorCustomerUpdate(body), {
    code: 'VALIDATION_FAILED',
    fields,
  });

describe('validateCondorCustomerUpdate', () => {
  it.each([
    ['the seed body', SEED_BODY],
    ['only a customerId', { customerId: 'csta_1' }],
    ['an F gender', { customerId: 'csta_1', gender: 'F' }],
  ])('accepts %s and returns it', (_name, body) => {
    expect(validateCondorCustomerUpdate(body)).toBe(body);
  });

  it("reproduces the seed's missing stateCode error exactly", () => {
    const { stateCode: _omitted, ...address } = PRIMARY;
    const error = refusalOf({ customerId: 'csta_1', addresses: [address] }, [
      'addresses[0].stateCode',
    ]);
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
    const body = { ...SEED_BODY, cardAttributes: { embossName: 'J TESTMAN' } };
    const error = refusalOf(body, ['cardAttributes']);
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
    const { stateCode, ...address } = PRIMARY;
    const error = refusalOf(
      { customerId: 'csta_1', gender: 'm', addresses: [{ ...address, state: stateCode }] },
      ['gender', 'addresses[0].stateCode', 'addresses[0].state'],
    );
    expect(error.errors).toEqual([
      { field: 'gender', message: 'must be equal to one of the allowed values' },
      { field: 'addresses[0].stateCode', message: 'is required' },
      { field: 'addresses[0].state', message: 'is not allowed' },
    ]);
    expect(error.details.context).toHaveLength(3);
  });
});
