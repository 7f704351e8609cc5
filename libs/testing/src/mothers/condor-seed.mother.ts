import {
  condorSeedRegistration as seedCustomerBefore,
  SEED_CONDOR_ID,
} from '../../../../apps/cli/src/demo/seed-customers.js';
import type { IndividualRegistration } from './customer.mother.js';

/** The condor seed's customer (connectfi-condor-customer-update.txt): the demo's definition. */
export { SEED_CONDOR_ID };
export { SEED_CONDOR_REQUEST } from '../../../../apps/cli/src/demo/seed-requests.js';

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

const CONDOR_STREET = { city: 'Mycityname', region: 'PA', postal_code: '12345', country: 'USA' };

/** The seed's `condorCustomer` for that request; the SSN as `*****` + its last four digits. */
export const SEED_CONDOR_CUSTOMER = {
  first_name: 'Jessie',
  last_name: 'Testman',
  gender: 'M',
  email: 'bb@bb.be',
  phone_details: [{ phone_type: 'MOBILE', country_dialing_code: 1, phone_number: '1234567892' }],
  date_of_birth: '1978-10-25',
  addresses: [
    { address_type: 'PRIMARY', address1: '123 Some Str.', ...CONDOR_STREET },
    { address_type: 'SECONDARY', address1: '124 Some Str.', ...CONDOR_STREET },
  ],
  identification_docs: [
    {
      identification_type: 'DRIVING LICENSE',
      identification_value: '123456789',
      identification_issuance_country: 'USA',
      identification_issuance_region: 'Pennsylvania',
      identification_expiry_date: '2023-04-08',
    },
    {
      identification_type: 'SSN',
      identification_value: '*****4321',
      identification_issuance_country: 'USA',
    },
  ],
  customerId: SEED_CONDOR_ID,
};

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
