import type { ValidationFailedError } from '@app/core';
import { anAddress, expectToFail } from '@app/testing';
import { validateBpmUpdateCustomerData } from './connectfi-body.validator.js';

const DATA = { customerId: 'c1', customer: { addresses: [anAddress()] } };

/** Asserts that `data` fails validation naming exactly `fields`, and returns the failure. */
const refusalOf = (data: unknown, fields: readonly string[]) =>
  expectToFail<ValidationFailedError>(() => validateBpmUpdateCustomerData(data), {
    code: 'VALIDATION_FAILED',
    fields,
  });

describe('validateBpmUpdateCustomerData', () => {
  it.each([
    ['without expectedVersion', DATA],
    ['with expectedVersion 1', { ...DATA, expectedVersion: 1 }],
    ['with a large expectedVersion', { ...DATA, expectedVersion: 123456 }],
  ])('accepts the /customer/update body %s', (_name, data) => {
    expect(validateBpmUpdateCustomerData(data)).toBe(data);
  });

  it.each([
    [0, 'minimum', 'must be >= 1'],
    [-3, 'minimum', 'must be >= 1'],
    [1.5, 'type', 'must be integer'],
    ['2', 'type', 'must be integer'],
    [null, 'type', 'must be integer'],
  ])('refuses expectedVersion %p (%s)', (expectedVersion, keyword, message) => {
    expect(refusalOf({ ...DATA, expectedVersion }, ['expectedVersion'])).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'expectedVersion', message }],
      details: {
        context: [
          {
            instancePath: '/expectedVersion',
            schemaPath: `#/properties/expectedVersion/${keyword}`,
            keyword,
          },
        ],
      },
    });
  });

  it('still refuses other extra members, at the top and inside', () => {
    const data = { ...DATA, version: 2, customer: { addresses: [{ ...anAddress(), zip: '1' }] } };
    expect(refusalOf(data, ['version', 'customer.addresses[0].zip']).errors).toEqual([
      { field: 'version', message: 'is not allowed' },
      { field: 'customer.addresses[0].zip', message: 'is not allowed' },
    ]);
  });

  it('applies every /customer/update rule, with the same paths', () => {
    const { stateCode: _omitted, ...address } = anAddress();
    const error = refusalOf({ customerId: 'c 1', customer: { addresses: [address] } }, [
      'customerId',
      'customer.addresses[0].stateCode',
    ]);
    expect(error.errors).toEqual([
      { field: 'customerId', message: 'must match pattern "^[0-9a-zA-Z_]+$"' },
      { field: 'customer.addresses[0].stateCode', message: 'is required' },
    ]);
    expect(error.details.context).toEqual([
      expect.objectContaining({ schemaPath: '#/properties/customerId/pattern' }),
      expect.objectContaining({ schemaPath: '#/definitions/address/required' }),
    ]);
  });
});
