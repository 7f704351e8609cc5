import { ValidationFailedError, type FieldError } from '@app/core';
import type { SurfaceName } from '../surface/surface.decorator.js';

/** The ajv failure the condor seed shows, as connectFi's validators report it. */
function ajvMissingStateCode(instancePath: string) {
  return {
    instancePath,
    schemaPath: '#/definitions/address/required',
    keyword: 'required',
    params: { missingProperty: 'stateCode' },
    message: "must have required property 'stateCode'",
  };
}

/** One failing field, named as each surface names fields (API.md §1). */
const FIELD: Readonly<Record<SurfaceName, FieldError>> = {
  bpm: { field: 'data.emailAddress', message: 'emailAddress must be an email address' },
  problem: { field: 'email', message: 'email must be an email address' },
  connectfi: { field: 'customer.addresses[0].stateCode', message: 'is required' },
  condor: { field: 'addresses[0].stateCode', message: 'is required' },
};

/** connectFi's surfaces also carry ajv's own report, which their renderers send instead. */
const AJV_CONTEXT: Partial<Record<SurfaceName, readonly object[]>> = {
  connectfi: [ajvMissingStateCode('/customer/addresses/0')],
  condor: [ajvMissingStateCode('/addresses/0')],
};

/** A validation failure as the service raises it on the given surface. */
export function validationExample(surface: SurfaceName): ValidationFailedError {
  const context = AJV_CONTEXT[surface];
  return new ValidationFailedError([FIELD[surface]], undefined, context ? { context } : {});
}
