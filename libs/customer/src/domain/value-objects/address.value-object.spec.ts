import { anAddress, expectToFail } from '@app/testing';
import { parseAddress } from './address.value-object.js';

describe('address value object', () => {
  it('keeps a valid address as given, a null addressLine2 included', () => {
    const address = anAddress({ addressLine2: null, stateCode: 'FCT' });
    expect(parseAddress(address, 'a')).toStrictEqual(address);
  });

  it('leaves out absent optional parts rather than storing undefined', () => {
    const parsed = parseAddress(anAddress({ addressLine2: undefined, postalCode: undefined }), 'a');
    expect(Object.keys(parsed).sort()).toEqual([
      'addressLine1',
      'city',
      'countryCodeA3',
      'stateCode',
      'type',
    ]);
  });

  it('reports every blank or invalid field of the item at once', () => {
    const address = anAddress({
      addressLine1: ' ',
      city: '',
      stateCode: '  ',
      countryCodeA3: 'us',
    });
    expectToFail(() => parseAddress(address, 'customer.addresses[0]'), {
      code: 'VALIDATION_FAILED',
      fields: [
        'customer.addresses[0].addressLine1',
        'customer.addresses[0].city',
        'customer.addresses[0].stateCode',
        'customer.addresses[0].countryCodeA3',
      ],
      matching: {
        errors: [
          { field: 'customer.addresses[0].addressLine1', message: 'must not be blank' },
          { field: 'customer.addresses[0].city', message: 'must not be blank' },
          { field: 'customer.addresses[0].stateCode', message: 'must not be blank' },
          {
            field: 'customer.addresses[0].countryCodeA3',
            message: 'must be an ISO 3166-1 alpha-3 code',
          },
        ],
      },
    });
  });

  it('requires the state code on a complete address item', () => {
    expectToFail(() => parseAddress(anAddress({ stateCode: undefined }), 'a'), {
      code: 'VALIDATION_FAILED',
      fields: ['a.stateCode'],
    });
  });
});
