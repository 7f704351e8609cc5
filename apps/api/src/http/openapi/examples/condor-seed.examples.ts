/**
 * The condor seed's (connectfi-condor-customer-update.txt) request and answer: the OpenAPI
 * document's examples of the deprecated route, and what the specs in libs/testing send and expect.
 */
export const SEED_CONDOR_ID = 'csta_6clNH3W2pBehujY8mpTCU8';

const SOME_STREET = {
  city: 'Mycityname',
  countryCodeA3: 'USA',
  postalCode: '12345',
  stateCode: 'PA',
} as const;

/** The seed's request body, its `#####` placeholders filled with digits as it says. */
export const SEED_CONDOR_REQUEST = {
  customerId: SEED_CONDOR_ID,
  firstName: 'Jessie',
  lastName: 'Testman',
  gender: 'M',
  dateOfBirth: '1978-10-25',
  email: 'bb@bb.be',
  addresses: [
    { type: 'PRIMARY', addressLine1: '123 Some Str.', ...SOME_STREET },
    { type: 'SECONDARY', addressLine1: '124 Some Str.', ...SOME_STREET },
  ],
  phones: [{ type: 'MOBILE', phoneNumber: '1234567892', countryDialingCode: '01' }],
} as const;

const CONDOR_STREET = { city: 'Mycityname', region: 'PA', postal_code: '12345', country: 'USA' };

/** The seed's `condorCustomer` for that request; the SSN as `*****` + its last four digits. */
export const SEED_CONDOR_CUSTOMER = {
  first_name: 'Jessie',
  last_name: 'Testman',
  gender: 'M',
  email: 'bb@bb.be',
  phone_details: [{ phone_type: 'MOBILE', country_dialing_code: 1, phone_number: '1234567892' }],
  date_of_birth: '1978-10-25',
  addresses: [
    { address_type: 'PRIMARY', address1: '123 Some Str.', ...CONDOR_STREET },
    { address_type: 'SECONDARY', address1: '124 Some Str.', ...CONDOR_STREET },
  ],
  identification_docs: [
    {
      identification_type: 'DRIVING LICENSE',
      identification_value: '123456789',
      identification_issuance_country: 'USA',
      identification_issuance_region: 'Pennsylvania',
      identification_expiry_date: '2023-04-08',
    },
    {
      identification_type: 'SSN',
      identification_value: '*****4321',
      identification_issuance_country: 'USA',
    },
  ],
  customerId: SEED_CONDOR_ID,
};
