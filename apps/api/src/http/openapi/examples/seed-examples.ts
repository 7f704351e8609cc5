import type { ExamplesObject } from '@nestjs/swagger';
import { EXAMPLE_REQUEST_ID } from '../error-examples.js';
import { SEED_SAMPLE_ANSWER, SEED_SAMPLE_REQUEST } from './bpm-seed.examples.js';
import { SEED_CONDOR_CUSTOMER, SEED_CONDOR_REQUEST } from './condor-seed.examples.js';
import {
  SEED_BUSINESS_REQUEST,
  SEED_BUSINESS_RESPONSE_DATA,
  SEED_INDIVIDUAL_REQUEST,
  SEED_INDIVIDUAL_RESPONSE_DATA,
} from './connectfi-seed.examples.js';

/** The request and 200 examples of one route, each as OpenAPI's named examples. */
export interface RouteExamples {
  readonly request: ExamplesObject;
  readonly answer: ExamplesObject;
}

/** When the seed's answers say the customers were created; they carry their own request ids. */
const INDIVIDUAL_CREATED = '2023-11-01T16:07:59.332Z';
const BUSINESS_CREATED = '2023-11-01T17:13:29.457Z';
const UPDATED = '2026-11-21T10:30:00.000Z';

const { businessRepresentatives, ...businessWithoutRepresentatives } = SEED_BUSINESS_RESPONSE_DATA;

/**
 * connectFi's /customer/update (connectfi-customer-update.txt): the seed's two requests and
 * answers; the answers in the member order the service sends, §6.1's `version` and `updatedAt`
 * last (the versions the seed's updates reach from the registrations the specs make).
 */
export const CUSTOMER_UPDATE_EXAMPLES: RouteExamples = {
  request: {
    individual: { summary: 'An individual customer (seed)', value: SEED_INDIVIDUAL_REQUEST },
    business: { summary: 'A business customer (seed)', value: SEED_BUSINESS_REQUEST },
  },
  answer: {
    individual: {
      summary: 'An individual customer (seed)',
      value: {
        code: '0',
        data: {
          ...SEED_INDIVIDUAL_RESPONSE_DATA,
          dtsCreatedAt: INDIVIDUAL_CREATED,
          version: 5,
          updatedAt: UPDATED,
        },
        requestId: 'd1ea112078d111eeb5658f28ab5fe311',
      },
    },
    business: {
      summary: 'A business customer (seed)',
      value: {
        code: '0',
        data: {
          ...businessWithoutRepresentatives,
          dtsCreatedAt: BUSINESS_CREATED,
          businessRepresentatives,
          version: 3,
          updatedAt: UPDATED,
        },
        requestId: 'cca4302078da11eeb5658f28ab5fe311',
      },
    },
  },
};

/** The deprecated condor route (connectfi-condor-customer-update.txt); `requestId` is ours. */
export const CONDOR_EXAMPLES: RouteExamples = {
  request: {
    seed: { summary: 'Names, contacts and two addresses (seed)', value: SEED_CONDOR_REQUEST },
  },
  answer: {
    seed: {
      summary: 'The updated cardholder (seed)',
      value: {
        code: '0',
        data: { condorCustomer: SEED_CONDOR_CUSTOMER },
        requestId: EXAMPLE_REQUEST_ID,
      },
    },
  },
};

/**
 * The BPM dispatcher (bpm-update-contact-command.txt): the seed's UpdateContactCommand, and the
 * connectFi seed's individual request sent as UpdateCustomerCommand (§3.2: same body).
 */
export const BPM_EXAMPLES: RouteExamples = {
  request: {
    UpdateContactCommand: { summary: 'UpdateContactCommand (seed)', value: SEED_SAMPLE_REQUEST },
    UpdateCustomerCommand: {
      summary: 'UpdateCustomerCommand: the /customer/update body as data',
      value: { commandName: 'UpdateCustomerCommand', data: SEED_INDIVIDUAL_REQUEST },
    },
  },
  answer: {
    UpdateContactCommand: { summary: 'UpdateContactCommand (seed)', value: SEED_SAMPLE_ANSWER },
  },
};
