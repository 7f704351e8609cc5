import type { BusinessRegistration, IndividualRegistration } from './seed-customers.js';

import {
  SEED_BUSINESS_ID,
  SEED_INDIVIDUAL_ID,
  SEED_REPRESENTATIVE_ID,
} from '../../../api/src/http/openapi/examples/connectfi-seed.examples.js';

/** The connectFi seed's customers (connectfi-customer-update.txt), before its requests. */
export { SEED_BUSINESS_ID, SEED_INDIVIDUAL_ID, SEED_REPRESENTATIVE_ID };

const harrisburg = { city: 'Harrisburg', stateCode: 'PA', postalCode: '12345' };

/** connectFi: Janice Sample before the update: another email, mobile and address, SSN ending 7000. */
export function seedIndividualRegistration(): IndividualRegistration {
  return {
    customerId: SEED_INDIVIDUAL_ID,
    customerType: 'individual',
    reference: 'ExtRefICust101',
    customer: {
      firstName: 'Janice',
      lastName: 'Sample',
      gender: 'M',
      dateOfBirth: '1969-08-04',
      email: 'janice.before@test.test',
      citizenshipCountryCodeA3: 'USA',
      addresses: [
        { type: 'PRIMARY', addressLine1: '1 Old Str.', ...harrisburg, countryCodeA3: 'USA' },
      ],
      phones: [{ type: 'MOBILE', countryDialingCode: '01', phoneNumber: '1234500000' }],
      identificationDocuments: [
        { type: 'SSN', value: '123457000', issuanceCountryCodeA3: 'USA' },
        {
          type: 'DRIVING LICENSE',
          value: 'PA99999999',
          issuanceCountryCodeA3: 'USA',
          issuanceRegion: 'PA',
          expiryDate: '2029-12-28',
        },
      ],
    },
  };
}

/** connectFi: AWSM BRAND MANAGEMENT INC before the update, with its representative Joleen Kapsch. */
export function seedBusinessRegistration(): BusinessRegistration {
  return {
    customerId: SEED_BUSINESS_ID,
    customerType: 'business',
    reference: 'ExtRefBCust100',
    customer: {
      businessName: 'AWSM BRAND MANAGEMENT INC',
      businessFederalEin: '123456800',
      businessAddresses: [
        { type: 'PRIMARY', addressLine1: '1 Old Str.', ...harrisburg, countryCodeA3: 'USA' },
      ],
      businessPhones: [{ type: 'PRIMARY', countryDialingCode: '01', phoneNumber: '5550000000' }],
    },
    businessRepresentatives: [
      {
        id: SEED_REPRESENTATIVE_ID,
        firstName: 'JOLEEN',
        lastName: 'KAPSCH',
        gender: 'F',
        dateOfBirth: '1978-10-15',
        businessRepresentativeType: 'principal_owner',
        email: 'aa@aa.aa',
        citizenshipCountryCodeA3: 'USA',
        addresses: [
          {
            type: 'PRIMARY',
            addressLine1: '123 Main Str.',
            addressLine2: 'apt 7',
            ...harrisburg,
            countryCodeA3: 'USA',
          },
        ],
        phones: [{ type: 'MOBILE', countryDialingCode: '01', phoneNumber: '1234567890' }],
        identificationDocuments: [
          { type: 'SSN', value: '666989698', issuanceCountryCodeA3: 'USA' },
          {
            type: 'DRIVING LICENSE',
            value: 'PA1234567890123456',
            issuanceCountryCodeA3: 'USA',
            issuanceRegion: 'PA',
            expiryDate: '2029-12-28',
          },
        ],
      },
    ],
  };
}
