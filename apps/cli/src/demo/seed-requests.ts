import {
  CONDOR_SEED_STREET,
  SEED_CONDOR_ID,
  SEED_CONTACT_KEY,
  SEED_INDIVIDUAL_ID,
} from './seed-customers.js';

/**
 * The vendor documents' sample requests, exactly as they show them (`../seeds/`): the demo prints
 * them as curl commands, and the tests (libs/testing, test/support) re-export them.
 */

/** BPM: the seed's "Update Contact Details" sample request. */
export const SEED_SAMPLE_REQUEST = {
  commandName: 'UpdateContactCommand',
  data: {
    contactEncodedKey: SEED_CONTACT_KEY,
    phoneNumber: '+234 987 654 3210',
    emailAddress: 'newemail@example.com',
    address: '456 New Street, Apt 10C',
    city: 'Abuja',
    state: 'FCT',
  },
};

/** connectFi: the seed's individual request body. */
export const SEED_INDIVIDUAL_REQUEST = {
  customerId: SEED_INDIVIDUAL_ID,
  customer: {
    email: 'abc123def4@test.test',
    phones: [
      { type: 'MOBILE', countryDialingCode: '01', phoneNumber: '1234567890' },
      { type: 'PRIMARY', countryDialingCode: '01', phoneNumber: '1234567891' },
    ],
    addresses: [
      {
        type: 'PRIMARY',
        addressLine1: '123 Main Str.',
        addressLine2: 'apt 8',
        city: 'Harrisburg',
        stateCode: 'PA',
        postalCode: '12345',
        countryCodeA3: 'USA',
      },
    ],
  },
} as const;

/** condor: the seed's request body, its `#####` placeholders filled with digits as it says. */
export const SEED_CONDOR_REQUEST = {
  customerId: SEED_CONDOR_ID,
  firstName: 'Jessie',
  lastName: 'Testman',
  gender: 'M',
  dateOfBirth: '1978-10-25',
  email: 'bb@bb.be',
  addresses: [
    { type: 'PRIMARY', addressLine1: '123 Some Str.', ...CONDOR_SEED_STREET },
    { type: 'SECONDARY', addressLine1: '124 Some Str.', ...CONDOR_SEED_STREET },
  ],
  phones: [{ type: 'MOBILE', phoneNumber: '1234567892', countryDialingCode: '01' }],
} as const;
