import { condorSeedRegistration as seedCustomerBefore } from '../../../../apps/cli/src/demo/seed-customers.js';
import type { IndividualRegistration } from './customer.mother.js';

// The seed's request and answer are the OpenAPI document's examples (condor-seed.examples.ts);
// the customer before it is the demo's (seed-customers.ts): one definition each.
import {
  SEED_CONDOR_CUSTOMER,
  SEED_CONDOR_ID,
  SEED_CONDOR_REQUEST,
} from '../../../../apps/api/src/http/openapi/examples/condor-seed.examples.js';

export { SEED_CONDOR_CUSTOMER, SEED_CONDOR_ID, SEED_CONDOR_REQUEST };

let registrations = 0;

/**
 * The customer before the seed's request. Each call has its own email and mobile, so that one
 * app can register several.
 */
export function condorSeedRegistration(
  customerId: string = SEED_CONDOR_ID,
): IndividualRegistration {
  return seedCustomerBefore(customerId, String(1_234_500_000 + ++registrations));
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
