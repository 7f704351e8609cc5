import type { SchemaObject } from 'ajv';
import commonId from './common-id.schema.json' with { type: 'json' };
import commonStr50Req from './common-common-str50-req.schema.json' with { type: 'json' };
import commonStr50 from './common-common-str50.schema.json' with { type: 'json' };
import condorCustomerUpdate from './condor-customer-update.schema.json' with { type: 'json' };
import customerAddress from './customer-address.schema.json' with { type: 'json' };
import countryCodeA3 from './customer-country-code-a3.schema.json' with { type: 'json' };
import countryDialingCode from './customer-country-dialing-code.schema.json' with { type: 'json' };
import customerEmail from './customer-email.schema.json' with { type: 'json' };
import customerPhone from './customer-phone.schema.json' with { type: 'json' };
import phoneNumber from './customer-phone-number.schema.json' with { type: 'json' };
import postalCode from './customer-postal-code.schema.json' with { type: 'json' };
import stateCode from './customer-state-code.schema.json' with { type: 'json' };
import customerUpdate from './customer-update.schema.json' with { type: 'json' };
import { inlineIdRefs } from './schema-ref.inliner.js';

// Static JSON imports: tsc copies the files into dist/ beside this module, and Node and jest
// load them as JSON modules, so the one copy of each schema is the file a reviewer reads.
const BUILDING_BLOCKS: readonly SchemaObject[] = [
  commonId,
  customerEmail,
  phoneNumber,
  countryDialingCode,
  commonStr50Req,
  commonStr50,
  postalCode,
  stateCode,
  countryCodeA3,
  customerAddress,
  customerPhone,
];

const byId = new Map(BUILDING_BLOCKS.map((schema) => [String(schema.$id), schema]));

/**
 * Every vendor schema file as it is imported, each named by its `$id`: the OpenAPI document
 * publishes these very objects as components (http/openapi/vendor-schema.components.ts), so the
 * schema clients read and the schema ajv compiles come from one file.
 */
export const VENDOR_SCHEMA_FILES: readonly SchemaObject[] = [
  ...BUILDING_BLOCKS,
  customerUpdate,
  condorCustomerUpdate,
];

/** The body of `POST /customer/update` (API.md §4.1). */
export const customerUpdateSchema = inlineIdRefs(customerUpdate, byId);

/** The flat body of `POST /condor/customer/update` (API.md §4.2). */
export const condorCustomerUpdateSchema = inlineIdRefs(condorCustomerUpdate, byId);

/**
 * The /customer/update body plus `expectedVersion`, as BPM's `UpdateCustomerCommand.data` takes it
 * (§3.2). Built from the same object rather than with `allOf`, because the body's top-level
 * `additionalProperties: false` would refuse `expectedVersion` inside an `allOf`.
 */
export function withExpectedVersion(body: SchemaObject): SchemaObject {
  return {
    ...body,
    properties: {
      ...(body.properties as Record<string, SchemaObject>),
      expectedVersion: { type: 'integer', minimum: 1 },
    },
  };
}

export const BPM_UPDATE_CUSTOMER_DATA_ID = 'bpm-update-customer-data';

/** BPM `UpdateCustomerCommand.data` (§3.2). */
export const bpmUpdateCustomerDataSchema: SchemaObject = {
  ...withExpectedVersion(customerUpdateSchema),
  $id: BPM_UPDATE_CUSTOMER_DATA_ID,
};
