import type { SchemaObject } from '@nestjs/swagger';

const text = { type: 'string' } as const;
const time = { type: 'string', format: 'date-time' } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const listOf = (name: string): SchemaObject => ({ type: 'array', items: ref(name) });

/**
 * The customer view of API.md §6.1 (connectFi's field names), as every surface answers it. These
 * describe what is stored, which is looser than connectFi's input schemas: any region, postal
 * code optional (§3.1).
 */
export const CUSTOMER_VIEW_SCHEMAS = {
  AddressView: {
    type: 'object',
    required: ['type', 'addressLine1', 'city', 'countryCodeA3'],
    properties: {
      type: { type: 'string', enum: ['PRIMARY', 'SECONDARY'] },
      addressLine1: text,
      addressLine2: { type: ['string', 'null'] },
      city: text,
      stateCode: { ...text, description: 'Any region; absent only where BPM created it without.' },
      postalCode: text,
      countryCodeA3: { ...text, pattern: '^[A-Z]{3}$' },
    },
  },
  PhoneView: {
    type: 'object',
    required: ['type', 'phoneNumber'],
    properties: {
      type: { type: 'string', enum: ['MOBILE', 'LANDLINE', 'PRIMARY'] },
      phoneNumber: text,
      countryDialingCode: { ...text, description: 'Digits as sent (`01` stays `01`).' },
    },
  },
  DocumentView: {
    type: 'object',
    description: 'An SSN is never shown whole: `last4` replaces its `value`.',
    required: ['type', 'issuanceCountryCodeA3'],
    properties: {
      type: { type: 'string', enum: ['SSN', 'DRIVING LICENSE', 'PASSPORT'] },
      value: text,
      issuanceCountryCodeA3: text,
      issuanceRegion: text,
      expiryDate: { ...text, format: 'date' },
      last4: text,
    },
  },
  IndividualDetails: {
    type: 'object',
    required: ['firstName', 'lastName', 'addresses', 'phones', 'identificationDocuments'],
    properties: {
      firstName: text,
      lastName: text,
      middleName: text,
      gender: { type: 'string', enum: ['M', 'F'] },
      dateOfBirth: { ...text, format: 'date' },
      email: text,
      citizenshipCountryCodeA3: text,
      addresses: listOf('AddressView'),
      phones: listOf('PhoneView'),
      identificationDocuments: listOf('DocumentView'),
    },
  },
  BusinessDetails: {
    type: 'object',
    required: ['businessName', 'businessAddresses', 'businessPhones'],
    properties: {
      businessName: text,
      businessFederalEin: text,
      businessAddresses: listOf('AddressView'),
      businessPhones: listOf('PhoneView'),
    },
  },
  RepresentativeView: {
    type: 'object',
    required: ['id', 'firstName', 'lastName', 'addresses', 'phones', 'identificationDocuments'],
    properties: {
      id: text,
      firstName: text,
      lastName: text,
      middleName: text,
      gender: { type: 'string', enum: ['M', 'F'] },
      dateOfBirth: {
        ...text,
        description: 'connectFi sends it as midnight UTC, as its seed does.',
      },
      businessRepresentativeType: text,
      email: text,
      citizenshipCountryCodeA3: text,
      addresses: listOf('AddressView'),
      phones: listOf('PhoneView'),
      identificationDocuments: listOf('DocumentView'),
    },
  },
  CustomerView: {
    type: 'object',
    required: ['customerId', 'customerType', 'reference', 'version', 'customer', 'boises'],
    properties: {
      customerId: text,
      customerType: { type: 'string', enum: ['individual', 'business'] },
      reference: { type: ['string', 'null'] },
      version: { type: 'integer', minimum: 1, description: 'Also sent as `ETag: "<version>"`.' },
      dtsCreatedAt: time,
      updatedAt: time,
      customer: { oneOf: [ref('IndividualDetails'), ref('BusinessDetails')] },
      boises: { type: 'array', maxItems: 0, items: {} },
      businessRepresentatives: listOf('RepresentativeView'),
    },
  },
  CondorCustomer: {
    type: 'object',
    description: 'The condor seed’s snake_case view; absent values are left out.',
    required: ['customerId'],
    properties: {
      first_name: text,
      last_name: text,
      gender: { type: 'string', enum: ['M', 'F'] },
      email: text,
      phone_details: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            phone_type: text,
            country_dialing_code: { type: 'integer' },
            phone_number: text,
          },
        },
      },
      date_of_birth: { ...text, format: 'date' },
      addresses: { type: 'array', items: { type: 'object', additionalProperties: text } },
      identification_docs: {
        type: 'array',
        description: 'An SSN as `*****` and its last four digits.',
        items: { type: 'object', additionalProperties: text },
      },
      customerId: text,
    },
  },
} satisfies Record<string, SchemaObject>;
