import type { ErrorObject } from 'ajv';
import { toAjvContext, toFieldErrors } from './ajv-errors.mapper.js';

const error = (overrides: Partial<ErrorObject>): ErrorObject => ({
  instancePath: '',
  schemaPath: '#/type',
  keyword: 'type',
  params: {},
  message: 'must be object',
  ...overrides,
});

describe('ajv errors mapper', () => {
  it('keeps only the members connectFi shows', () => {
    const verbose = error({ propertyName: 'x', schema: {}, parentSchema: {}, data: 1 });
    expect(toAjvContext([verbose])).toEqual([
      {
        instancePath: '',
        schemaPath: '#/type',
        keyword: 'type',
        params: {},
        message: 'must be object',
      },
    ]);
  });

  it.each([
    ['', ''],
    ['/customerId', 'customerId'],
    ['/customer/addresses/0/stateCode', 'customer.addresses[0].stateCode'],
    ['/businessRepresentatives/12/phones/3', 'businessRepresentatives[12].phones[3]'],
    ['/a~1b/c~0d', 'a/b.c~d'],
  ])('names the value at %p as %p', (instancePath, field) => {
    expect(toFieldErrors([error({ instancePath, message: 'm' })])).toEqual([
      { field, message: 'm' },
    ]);
  });

  it('names a missing property by its own path', () => {
    const missing = error({ keyword: 'required', params: { missingProperty: 'customerId' } });
    const nested = error({
      instancePath: '/customer/phones/1',
      keyword: 'required',
      params: { missingProperty: 'type' },
    });
    expect(toFieldErrors([missing, nested])).toEqual([
      { field: 'customerId', message: 'is required' },
      { field: 'customer.phones[1].type', message: 'is required' },
    ]);
  });

  it('names an extra property by its own path', () => {
    const extra = error({
      instancePath: '/customer',
      keyword: 'additionalProperties',
      params: { additionalProperty: 'firstName' },
    });
    expect(toFieldErrors([extra])).toEqual([
      { field: 'customer.firstName', message: 'is not allowed' },
    ]);
  });
});
