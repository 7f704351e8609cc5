/**
 * The connectFi seed's (connectfi-customer-update.txt) customers, requests and answers, as the
 * vendor shows them. The OpenAPI document shows them as its examples, and the specs in
 * libs/testing send and expect them, so the documented examples are the tested ones.
 */
export const SEED_INDIVIDUAL_ID = 'cstap_6reGTr3k8vpAu8uFV7EdiN';
export const SEED_BUSINESS_ID = 'cstab_7BX5DO49J48VeWKsJ6gWNb';
export const SEED_REPRESENTATIVE_ID = 'cstab_7BX5DPJcbmipymiokecA6d';

/** The seed's individual request body, as the vendor document shows it. */
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

/** The seed's business request body. */
export const SEED_BUSINESS_REQUEST = {
  customerId: SEED_BUSINESS_ID,
  customer: {
    businessPhones: [{ type: 'PRIMARY', countryDialingCode: '01', phoneNumber: '5556667777' }],
    businessAddresses: [
      {
        type: 'PRIMARY',
        addressLine1: '789 Main Str.',
        addressLine2: 'Suite 10',
        city: 'Harrisburg',
        stateCode: 'PA',
        postalCode: '12345',
        countryCodeA3: 'USA',
      },
    ],
  },
} as const;

/** `data` of the seed's individual answer, without `dtsCreatedAt` (ours is the registration's). */
export const SEED_INDIVIDUAL_RESPONSE_DATA = {
  reference: 'ExtRefICust101',
  customerId: SEED_INDIVIDUAL_ID,
  customerType: 'individual',
  customer: {
    firstName: 'Janice',
    lastName: 'Sample',
    gender: 'M',
    dateOfBirth: '1969-08-04',
    email: 'abc123def4@test.test',
    citizenshipCountryCodeA3: 'USA',
    addresses: [
      {
        type: 'PRIMARY',
        addressLine1: '123 Main Str.',
        addressLine2: 'apt 8',
        city: 'Harrisburg',
        countryCodeA3: 'USA',
        postalCode: '12345',
        stateCode: 'PA',
      },
    ],
    phones: [
      { type: 'MOBILE', phoneNumber: '1234567890', countryDialingCode: '01' },
      { type: 'PRIMARY', phoneNumber: '1234567891', countryDialingCode: '01' },
    ],
    identificationDocuments: [
      { type: 'SSN', issuanceCountryCodeA3: 'USA', last4: '7000' },
      {
        type: 'DRIVING LICENSE',
        value: 'PA99999999',
        issuanceCountryCodeA3: 'USA',
        issuanceRegion: 'PA',
        expiryDate: '2029-12-28',
      },
    ],
  },
  boises: [],
};

/**
 * `data` of the seed's business answer, without `dtsCreatedAt`; the representative's SSN, which
 * the seed shows whole, as `last4` (API.md §6.1).
 */
export const SEED_BUSINESS_RESPONSE_DATA = {
  reference: 'ExtRefBCust100',
  customerId: SEED_BUSINESS_ID,
  customerType: 'business',
  customer: {
    businessName: 'AWSM BRAND MANAGEMENT INC',
    businessFederalEin: '123456800',
    businessAddresses: [
      {
        type: 'PRIMARY',
        addressLine1: '789 Main Str.',
        addressLine2: 'Suite 10',
        city: 'Harrisburg',
        countryCodeA3: 'USA',
        postalCode: '12345',
        stateCode: 'PA',
      },
    ],
    businessPhones: [{ type: 'PRIMARY', phoneNumber: '5556667777', countryDialingCode: '01' }],
  },
  boises: [],
  businessRepresentatives: [
    {
      id: SEED_REPRESENTATIVE_ID,
      firstName: 'JOLEEN',
      lastName: 'KAPSCH',
      gender: 'F',
      dateOfBirth: '1978-10-15T00:00:00.000Z',
      businessRepresentativeType: 'principal_owner',
      email: 'aa@aa.aa',
      citizenshipCountryCodeA3: 'USA',
      addresses: [
        {
          type: 'PRIMARY',
          addressLine1: '123 Main Str.',
          addressLine2: 'apt 7',
          city: 'Harrisburg',
          countryCodeA3: 'USA',
          postalCode: '12345',
          stateCode: 'PA',
        },
      ],
      phones: [{ type: 'MOBILE', phoneNumber: '1234567890', countryDialingCode: '01' }],
      identificationDocuments: [
        { type: 'SSN', issuanceCountryCodeA3: 'USA', last4: '9698' },
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
