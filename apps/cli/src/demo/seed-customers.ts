import type { RegistrationInput } from '@app/customer';
import { SEED_CONTACT_KEY } from '../../../api/src/http/openapi/examples/bpm-seed.examples.js';
import { SEED_CONDOR_ID } from '../../../api/src/http/openapi/examples/condor-seed.examples.js';
import {
  seedBusinessRegistration,
  seedIndividualRegistration,
} from './connectfi-seed-customers.js';

/*
 * The customers the vendor documents update, as they were before (`../seeds/`): `demo:seed`
 * registers them, and the test mothers (libs/testing) re-export them, so they have one definition.
 */
export * from './connectfi-seed-customers.js';

/** A registration whose customer id is fixed: the one the vendor documents use. */
export type SeedRegistration = RegistrationInput & { readonly customerId: string };
export type IndividualRegistration = Extract<SeedRegistration, { customerType: 'individual' }>;
export type BusinessRegistration = Extract<SeedRegistration, { customerType: 'business' }>;

// The seeds' customer ids are the API documentation's (its examples send them).
export { SEED_CONDOR_ID, SEED_CONTACT_KEY };

/** The condor seed's street, before and after its request. */
export const CONDOR_SEED_STREET = {
  city: 'Mycityname',
  countryCodeA3: 'USA',
  postalCode: '12345',
  stateCode: 'PA',
} as const;

/**
 * condor: the customer before the seed's request: other names, contacts and date; a licence and
 * an SSN. The email follows the id, so that tests can register several with their own mobiles.
 */
export function condorSeedRegistration(
  customerId: string = SEED_CONDOR_ID,
  mobile = '1234500001',
): IndividualRegistration {
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
      addresses: [{ type: 'PRIMARY', addressLine1: '1 Old Str.', ...CONDOR_SEED_STREET }],
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

/**
 * BPM: the contact of the sample request, which the seed does not describe: a customer in Lagos
 * whom the sample moves to Abuja, with a new email and mobile.
 */
export function bpmSeedContactRegistration(): IndividualRegistration {
  return {
    customerId: SEED_CONTACT_KEY,
    customerType: 'individual',
    reference: null,
    customer: {
      firstName: 'Amaka',
      lastName: 'Obi',
      gender: 'F',
      dateOfBirth: '1990-05-17',
      email: 'seed@example.com',
      citizenshipCountryCodeA3: 'NGA',
      addresses: [
        {
          type: 'PRIMARY',
          addressLine1: '12 Marina Road',
          city: 'Lagos',
          stateCode: 'LA',
          countryCodeA3: 'NGA',
        },
      ],
      phones: [{ type: 'MOBILE', countryDialingCode: '234', phoneNumber: '8031234567' }],
      identificationDocuments: [],
    },
  };
}

/** Every seed customer, in the order `demo:seed` registers them. */
export function seedCustomers(): SeedRegistration[] {
  return [
    bpmSeedContactRegistration(),
    seedIndividualRegistration(),
    seedBusinessRegistration(),
    condorSeedRegistration(),
  ];
}
