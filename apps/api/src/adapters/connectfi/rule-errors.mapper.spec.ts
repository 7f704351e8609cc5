import { pointerOf, toRuleContext } from './rule-errors.mapper.js';

describe('rule errors mapper', () => {
  it.each([
    ['', ''],
    ['dateOfBirth', '/dateOfBirth'],
    ['customer.addresses[0].city', '/customer/addresses/0/city'],
    ['businessRepresentatives[1].id', '/businessRepresentatives/1/id'],
    ['a/b~c', '/a~1b~0c'],
  ])('points at %p with %p', (field, pointer) => {
    expect(pointerOf(field)).toBe(pointer);
  });

  it('renders field errors in the ajv shape connectFi clients parse', () => {
    expect(
      toRuleContext([{ field: 'customer.dateOfBirth', message: 'must not be in the future' }]),
    ).toEqual([
      {
        instancePath: '/customer/dateOfBirth',
        schemaPath: '#',
        keyword: 'serviceRule',
        params: {},
        message: 'must not be in the future',
      },
    ]);
  });
});
