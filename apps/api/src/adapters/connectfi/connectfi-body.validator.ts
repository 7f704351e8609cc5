import type { ValidateFunction } from 'ajv';
import { ValidationFailedError } from '@app/core';
import { toAjvContext, toFieldErrors } from './ajv-errors.mapper.js';
import type { CondorCustomerUpdateBody } from './condor-customer-update.types.js';
import { createConnectFiAjv } from './connectfi-ajv.factory.js';
import type { CustomerUpdateBody } from './customer-update.mapper.js';
import {
  bpmUpdateCustomerDataSchema,
  condorCustomerUpdateSchema,
  customerUpdateSchema,
} from './schemas/connectfi.schemas.js';

/** BPM `UpdateCustomerCommand.data` (API.md §3.2): the /customer/update body plus a version. */
export type BpmUpdateCustomerData = CustomerUpdateBody & { readonly expectedVersion?: number };

/**
 * Every surface's message; connectFi's renderer leaves it out when the ajv `context` is there,
 * as the seed's `requestValidateError` shows, while BPM and problem+json clients read it.
 */
const MESSAGE = 'Validation error';

// Compiled once when the module loads: a broken schema stops start-up, and requests only run.
const ajv = createConnectFiAjv();
const customerUpdate = ajv.compile<CustomerUpdateBody>(customerUpdateSchema);
const condorCustomerUpdate = ajv.compile<CondorCustomerUpdateBody>(condorCustomerUpdateSchema);
const bpmUpdateCustomerData = ajv.compile<BpmUpdateCustomerData>(bpmUpdateCustomerDataSchema);

/**
 * Checks `body` against one vendor schema.
 *
 * @throws ValidationFailedError with every failure: as field errors from the body's root and,
 *   in `details.context`, as the ajv errors connectFi clients parse
 */
function validateWith<T>(validate: ValidateFunction<T>, body: unknown): T {
  if (validate(body)) return body;
  const errors = validate.errors ?? [];
  throw new ValidationFailedError(toFieldErrors(errors), MESSAGE, {
    context: toAjvContext(errors),
  });
}

/** @throws ValidationFailedError when `body` breaks the `/customer/update` schema */
export function validateCustomerUpdate(body: unknown): CustomerUpdateBody {
  return validateWith(customerUpdate, body);
}

/** @throws ValidationFailedError when `body` breaks the `/condor/customer/update` schema */
export function validateCondorCustomerUpdate(body: unknown): CondorCustomerUpdateBody {
  return validateWith(condorCustomerUpdate, body);
}

/** @throws ValidationFailedError when `data` breaks the UpdateCustomerCommand schema */
export function validateBpmUpdateCustomerData(data: unknown): BpmUpdateCustomerData {
  return validateWith(bpmUpdateCustomerData, data);
}
