import type { ValidationFailedError } from '@app/core';
import {
  anAddress,
  aPhone,
  expectToFail,
  SEED_BUSINESS_REQUEST,
  SEED_INDIVIDUAL_REQUEST,
} from '@app/testing';
import { validateCustomerUpdate } from './connectfi-body.validator.js';

const SEED_INDIVIDUAL = SEED_INDIVIDUAL_REQUEST;
const SEED_BUSINESS = SEED_BUSINESS_REQUEST;

const withAddress = (address: object) => ({ customerId: 'c1', customer: { addresses: [address] } });
const withPhone = (phone: object) => ({ customerId: 'c1', customer: { phones: [phone] } });

/** Asserts that `body` fails validation naming exactly `fields`, and returns the failure. */
const refusalOf = (body: unknown, fields: readonly string[]) =>
  expectToFail<ValidationFailedError>(() => validateCustomerUpdate(body), {
    code: 'VALIDATION_FAILED',
    fields,
  });

describe('validateCustomerUpdate', () => {
  it.each([
    ['the seed individual body', SEED_INDIVIDUAL],
    ['the seed business body', SEED_BUSINESS],
    ['a null addressLine2', withAddress(anAddress({ addressLine2: null }))],
    ['an empty addressLine2', withAddress(anAddress({ addressLine2: '' }))],
    ['an address without addressLine2', withAddress(anAddress({ addressLine2: undefined }))],
    ['a phone without dialing code', withPhone({ type: 'LANDLINE', phoneNumber: '123456' })],
    ['an empty customer', { customerId: 'c1', customer: {} }],
    [
      'representatives',
      {
        customerId: 'c1',
        customer: {},
        businessRepresentatives: [
          { id: 'rep_1', email: 'aa@aa.aa', addresses: [anAddress()], phones: [aPhone()] },
          { id: 'rep_2' },
        ],
      },
    ],
  ])('accepts %s and returns it', (_name, body) => {
    expect(validateCustomerUpdate(body)).toBe(body);
  });

  it('reports a missing address field with the seed error shape and a field path', () => {
    const { stateCode: _omitted, ...address } = anAddress();
    expect(refusalOf(withAddress(address), ['customer.addresses[0].stateCode'])).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Validation error',
      errors: [{ field: 'customer.addresses[0].stateCode', message: 'is required' }],
      details: {
        context: [
          {
            instancePath: '/customer/addresses/0',
            schemaPath: '#/definitions/address/required',
            keyword: 'required',
            params: { missingProperty: 'stateCode' },
            message: "must have required property 'stateCode'",
          },
        ],
      },
    });
  });

  it('lists every failure, in document order, and nothing but the seed members', () => {
    const body = {
      customerId: 'not valid!',
      customer: { email: 'nobody', phones: [] },
      businessRepresentatives: [{ id: 'rep_1' }, { email: 'aa@aa.aa' }],
    };
    const error = refusalOf(body, [
      'customerId',
      'customer.email',
      'customer.phones',
      'businessRepresentatives[1].id',
    ]);
    expect(error.errors).toEqual([
      { field: 'customerId', message: 'must match pattern "^[0-9a-zA-Z_]+$"' },
      { field: 'customer.email', message: 'must match format "email"' },
      { field: 'customer.phones', message: 'must NOT have fewer than 1 items' },
      { field: 'businessRepresentatives[1].id', message: 'is required' },
    ]);
    const context = error.details.context as object[];
    expect(context.map((item) => Object.keys(item).sort())).toEqual(
      Array(4).fill(['instancePath', 'keyword', 'message', 'params', 'schemaPath']),
    );
    expect(context[3]).toEqual({
      instancePath: '/businessRepresentatives/1',
      schemaPath: '#/properties/businessRepresentatives/items/required',
      keyword: 'required',
      params: { missingProperty: 'id' },
      message: "must have required property 'id'",
    });
  });

  it('names an extra property by its own path', () => {
    const body = withPhone({ ...aPhone(), ext: '12' });
    expect(refusalOf(body, ['customer.phones[0].ext'])).toMatchObject({
      errors: [{ field: 'customer.phones[0].ext', message: 'is not allowed' }],
      details: {
        context: [
          {
            instancePath: '/customer/phones/0',
            schemaPath: '#/definitions/phone/additionalProperties',
            keyword: 'additionalProperties',
            params: { additionalProperty: 'ext' },
            message: 'must NOT have additional properties',
          },
        ],
      },
    });
  });

  it.each([null, [], 'text', 42])('refuses %p as a body, naming the root', (body) => {
    expect(refusalOf(body, [''])).toMatchObject({
      errors: [{ field: '', message: 'must be object' }],
      details: { context: [{ instancePath: '', schemaPath: '#/type', keyword: 'type' }] },
    });
  });
});
