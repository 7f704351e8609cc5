import type {
  Address,
  BusinessDetails,
  IndividualDetails,
  Phone,
  RegistrationInput,
  RepresentativeInput,
} from '@app/customer';

export type IndividualRegistration = Extract<RegistrationInput, { customerType: 'individual' }>;
export type BusinessRegistration = Extract<RegistrationInput, { customerType: 'business' }>;

interface Identity {
  readonly customerId?: string;
  readonly reference?: string | null;
}

export function anAddress(overrides: Partial<Address> = {}): Address {
  return {
    type: 'PRIMARY',
    addressLine1: '123 Main Str.',
    addressLine2: 'apt 8',
    city: 'Harrisburg',
    stateCode: 'PA',
    postalCode: '12345',
    countryCodeA3: 'USA',
    ...overrides,
  };
}

/** A MOBILE phone unless told otherwise. */
export function aPhone(overrides: Partial<Phone> = {}): Phone {
  return { type: 'MOBILE', countryDialingCode: '01', phoneNumber: '1234567890', ...overrides };
}

export function aRepresentative(overrides: Partial<RepresentativeInput> = {}): RepresentativeInput {
  return {
    id: 'rep_principal',
    firstName: 'Joleen',
    lastName: 'Kapsch',
    gender: 'F',
    dateOfBirth: '1978-10-15',
    businessRepresentativeType: 'principal_owner',
    email: 'aa@aa.aa',
    citizenshipCountryCodeA3: 'USA',
    addresses: [anAddress({ addressLine2: 'apt 7' })],
    phones: [aPhone()],
    identificationDocuments: [{ type: 'SSN', value: '666989698', issuanceCountryCodeA3: 'USA' }],
    ...overrides,
  };
}

/** A valid individual registration; `overrides` replace customer fields or the identity. */
export function anIndividual(
  overrides: Partial<IndividualDetails> & Identity = {},
): IndividualRegistration {
  const { customerId = 'cust_individual', reference = 'ExtRefICust101', ...customer } = overrides;
  return {
    customerId,
    reference,
    customerType: 'individual',
    customer: {
      firstName: 'Janice',
      lastName: 'Sample',
      gender: 'F',
      dateOfBirth: '1969-08-04',
      email: 'abc123def4@test.test',
      citizenshipCountryCodeA3: 'USA',
      addresses: [anAddress()],
      phones: [aPhone(), aPhone({ type: 'PRIMARY', phoneNumber: '1234567891' })],
      identificationDocuments: [{ type: 'SSN', value: '123457000', issuanceCountryCodeA3: 'USA' }],
      ...customer,
    },
  };
}

/** A valid business registration with one representative (`rep_principal`). */
export function aBusiness(
  overrides: Partial<BusinessDetails> &
    Identity & { readonly businessRepresentatives?: readonly RepresentativeInput[] } = {},
): BusinessRegistration {
  const {
    customerId = 'cust_business',
    reference = 'ExtRefBCust100',
    businessRepresentatives = [aRepresentative()],
    ...customer
  } = overrides;
  return {
    customerId,
    reference,
    customerType: 'business',
    customer: {
      businessName: 'AWSM BRAND MANAGEMENT INC',
      businessFederalEin: '123456800',
      businessAddresses: [anAddress({ addressLine1: '789 Main Str.', addressLine2: 'Suite 10' })],
      businessPhones: [aPhone({ type: 'PRIMARY', phoneNumber: '5556667777' })],
      ...customer,
    },
    businessRepresentatives,
  };
}
