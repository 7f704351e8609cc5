import type { BusinessRegistration, IndividualRegistration } from './seed-customers.js';

/** The connectFi seed's customers (connectfi-customer-update.txt), before its requests. */
export const SEED_INDIVIDUAL_ID = 'cstap_6reGTr3k8vpAu8uFV7EdiN';
export const SEED_BUSINESS_ID = 'cstab_7BX5DO49J48VeWKsJ6gWNb';
export const SEED_REPRESENTATIVE_ID = 'cstab_7BX5DPJcbmipymiokecA6d';

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
