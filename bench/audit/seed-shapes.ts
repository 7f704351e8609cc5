import type { EventMetadata } from '@app/event-store';

/** The surfaces that change customers, and the command each sends. */
export const SOURCES: ReadonlyArray<readonly [EventMetadata['source'], string]> = [
  ['bpm', 'UpdateContactCommand'],
  ['connectfi', 'UpdateCustomerCommand'],
  ['condor', 'UpdateCustomerCommand'],
  ['wallet', 'UpdateContactInfoCommand'],
  ['bpm', 'UpdateContactInfoCommand'],
];

export const TYPES = [
  'EmailChanged',
  'MobileChanged',
  'AddressChanged',
  'PersonalDetailsChanged',
  'PhoneChanged',
] as const;

const address = (c: number, round: number) => ({
  type: 'PRIMARY',
  addressLine1: `${c} Main Str.`,
  addressLine2: `apt ${round}`,
  city: 'Harrisburg',
  stateCode: 'PA',
  postalCode: '12345',
  countryCodeA3: 'USA',
});

const phone = (c: number, round: number) => ({
  type: 'MOBILE',
  countryDialingCode: '44',
  phoneNumber: String(7_000_000_000 + c * 10 + round),
});

/** Data of the sizes and shapes the customer events have (API.md §8), different per customer. */
export function eventData(type: string, c: number, round: number): Record<string, unknown> {
  switch (type) {
    case 'CustomerRegistered':
      return {
        customerId: `cst_${c}`,
        reference: `ref-${c}`,
        customerType: 'individual',
        customer: {
          firstName: 'Janice',
          lastName: `Sample${c}`,
          dateOfBirth: '1969-08-04',
          email: `customer${c}@example.com`,
          addresses: [address(c, round)],
          phones: [phone(c, round)],
          identificationDocuments: [
            { type: 'SSN', value: String(100_000_000 + c), issuanceCountryCodeA3: 'USA' },
          ],
        },
      };
    case 'EmailChanged':
      return {
        from: `customer${c}.${round - 1}@example.com`,
        to: `customer${c}.${round}@example.com`,
      };
    case 'MobileChanged':
      return { from: phone(c, round - 1), to: phone(c, round) };
    case 'AddressChanged':
      return { addressType: 'PRIMARY', from: address(c, round - 1), to: address(c, round) };
    case 'PhoneChanged':
      return { phoneType: 'LANDLINE', from: null, to: { ...phone(c, round), type: 'LANDLINE' } };
    default:
      return { from: { middleName: `M${round - 1}` }, to: { middleName: `M${round}` } };
  }
}
