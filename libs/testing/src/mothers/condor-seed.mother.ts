import {
  SEED_CONDOR_CUSTOMER,
  SEED_CONDOR_ID,
  SEED_CONDOR_REQUEST,
} from '../../../../apps/api/src/http/openapi/examples/condor-seed.examples.js';
import type { IndividualRegistration } from './customer.mother.js';

// The seed's request and answer are the OpenAPI document's examples (condor-seed.examples.ts).
export { SEED_CONDOR_CUSTOMER, SEED_CONDOR_ID, SEED_CONDOR_REQUEST };

/** The seed's street, on which the customer lived before the update. */
const OLD_ADDRESS = { ...SEED_CONDOR_REQUEST.addresses[0], addressLine1: '1 Old Str.' };

let registrations = 0;

/**
 * The customer before that request: other names, contacts and date; a licence and an SSN. Each
 * call has its own email and mobile, so that one app can register several.
 */
export function condorSeedRegistration(
  customerId: string = SEED_CONDOR_ID,
): IndividualRegistration {
  const mobile = String(1_234_500_000 + ++registrations);
  return {
    customerId,
    customerType: 'individual',
    reference: null,
    customer: {
      firstName: 'Jess',
      lastName: 'Test',
      gender: 'F',
      dateOfBirth: '1978-01-01',
      email: `${customerId}@before.test`,
      addresses: [OLD_ADDRESS],
      phones: [{ type: 'MOBILE', phoneNumber: mobile, countryDialingCode: '01' }],
      identificationDocuments: [
        {
          type: 'DRIVING LICENSE',
          value: '123456789',
          issuanceCountryCodeA3: 'USA',
          issuanceRegion: 'Pennsylvania',
          expiryDate: '2023-04-08',
        },
        { type: 'SSN', value: '987654321', issuanceCountryCodeA3: 'USA' },
      ],
    },
  };
}

/** The seed's error examples, in the seed's member order (`requestId` follows on our wire). */
export const SEED_CONDOR_ERRORS = {
  duplicateAddressType: {
    code: 'extCondor',
    subCode: 'C0900',
    context: { title: 'cardholdersUpdate' },
    message: 'Duplicate address type found.',
  },
  missingStateCode: {
    code: 'requestValidateError',
    context: [
      {
        instancePath: '/addresses/0',
        schemaPath: '#/definitions/address/required',
        keyword: 'required',
        params: { missingProperty: 'stateCode' },
        message: "must have required property 'stateCode'",
      },
    ],
  },
  /** The seed describes this one in words; API.md §1 gives its members. */
  cardAttributes: {
    code: 'requestValidateError',
    context: [
      {
        instancePath: '',
        schemaPath: '#/additionalProperties',
        keyword: 'additionalProperties',
        params: { additionalProperty: 'cardAttributes' },
        message: 'must NOT have additional properties',
      },
    ],
  },
} as const;
