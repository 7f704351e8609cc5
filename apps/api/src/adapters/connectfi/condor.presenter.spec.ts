import { Customer } from '@app/customer';
import {
  aBusiness,
  anAddress,
  anIndividual,
  aPhone,
  FixedClock,
  SequentialIds,
} from '@app/testing';
import { condorCustomerView } from './condor.presenter.js';

const stateOf = (input: Parameters<typeof Customer.register>[0]) =>
  Customer.register(input, new FixedClock(), new SequentialIds()).state;

describe('condorCustomerView', () => {
  it('leaves out what is not stored instead of sending null, and numbers the dialing code', () => {
    const state = stateOf(
      anIndividual({
        gender: undefined,
        addresses: [anAddress({ addressLine2: null, postalCode: undefined })],
        phones: [
          aPhone({ countryDialingCode: '0044' }),
          aPhone({ type: 'LANDLINE', countryDialingCode: undefined }),
        ],
      }),
    );
    const view = condorCustomerView(state);
    expect(view).not.toHaveProperty('gender');
    expect(view.addresses).toEqual([
      {
        address_type: 'PRIMARY',
        address1: '123 Main Str.',
        city: 'Harrisburg',
        region: 'PA',
        country: 'USA',
      },
    ]);
    expect(view.phone_details).toEqual([
      { phone_type: 'MOBILE', country_dialing_code: 44, phone_number: '1234567890' },
      { phone_type: 'LANDLINE', phone_number: '1234567890' },
    ]);
  });

  it('shows an SSN only as ***** and its last four digits', () => {
    const view = condorCustomerView(stateOf(anIndividual()));
    expect(view.identification_docs).toEqual([
      {
        identification_type: 'SSN',
        identification_value: '*****7000',
        identification_issuance_country: 'USA',
      },
    ]);
    expect(JSON.stringify(view)).not.toContain('123457000');
  });

  it('has no view of a business', () => {
    expect(() => condorCustomerView(stateOf(aBusiness()))).toThrow(
      expect.objectContaining({ code: 'CUSTOMER_TYPE_NOT_SUPPORTED' }) as Error,
    );
  });
});
