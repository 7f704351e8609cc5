// The seed's requests and answers are the OpenAPI document's examples: one definition, which the
// specs send and expect, so an example the document shows is one the suite has proven.
export {
  SEED_BUSINESS_REQUEST,
  SEED_BUSINESS_RESPONSE_DATA,
  SEED_INDIVIDUAL_REQUEST,
  SEED_INDIVIDUAL_RESPONSE_DATA,
} from '../../../../apps/api/src/http/openapi/examples/connectfi-seed.examples.js';
