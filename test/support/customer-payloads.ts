let uniqueNumber = 2_000_000_000;

/** Request bodies for registration, overridable field by field; each gets its own mobile. */
export function individualBody(
  overrides: {
    customerId?: string;
    email?: string;
    mobile?: string;
    customer?: Record<string, unknown>;
  } = {},
) {
  return {
    ...(overrides.customerId ? { customerId: overrides.customerId } : {}),
    customerType: 'individual',
    reference: 'ExtRefICust101',
    customer: {
      firstName: 'Janice',
      lastName: 'Sample',
      gender: 'F',
      dateOfBirth: '1969-08-04',
      email: overrides.email ?? 'janice@example.com',
      citizenshipCountryCodeA3: 'USA',
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
      phones: [
        {
          type: 'MOBILE',
          countryDialingCode: '01',
          phoneNumber: overrides.mobile ?? String(uniqueNumber++),
        },
      ],
      identificationDocuments: [{ type: 'SSN', value: '123457000', issuanceCountryCodeA3: 'USA' }],
      ...overrides.customer,
    },
  };
}

export function businessBody(overrides: { customerId?: string } = {}) {
  return {
    ...(overrides.customerId ? { customerId: overrides.customerId } : {}),
    customerType: 'business',
    reference: 'ExtRefBCust100',
    customer: {
      businessName: 'AWSM BRAND MANAGEMENT INC',
      businessFederalEin: '123456800',
      businessAddresses: [
        {
          type: 'PRIMARY',
          addressLine1: '789 Main Str.',
          city: 'Harrisburg',
          stateCode: 'PA',
          postalCode: '12345',
          countryCodeA3: 'USA',
        },
      ],
      businessPhones: [{ type: 'PRIMARY', countryDialingCode: '01', phoneNumber: '5556667777' }],
    },
    businessRepresentatives: [
      {
        id: 'rep_joleen',
        firstName: 'JOLEEN',
        lastName: 'KAPSCH',
        businessRepresentativeType: 'principal_owner',
        email: 'aa@aa.aa',
        phones: [{ type: 'MOBILE', countryDialingCode: '01', phoneNumber: '1234567890' }],
        identificationDocuments: [
          { type: 'SSN', value: '666989698', issuanceCountryCodeA3: 'USA' },
        ],
      },
    ],
  };
}
