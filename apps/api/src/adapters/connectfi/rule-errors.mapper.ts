import type { FieldError } from '@app/core';
import type { AjvContextItem } from './ajv-errors.mapper.js';

/**
 * The keyword of a failure found by the service's own rules after the vendor schema passed (a
 * real, past date of birth; one entry per representative),
 * so that connectFi clients read every validation failure in the one ajv shape they parse.
 */
export const SERVICE_RULE = 'serviceRule';

/** `customer.addresses[0].city` → `/customer/addresses/0/city` (RFC 6901 escapes applied). */
export function pointerOf(field: string): string {
  if (field === '') return '';
  const tokens = field.replace(/\[(\d+)\]/g, '.$1').split('.');
  return tokens.map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Field errors of the domain as items of connectFi's `context`. */
export function toRuleContext(errors: readonly FieldError[]): AjvContextItem[] {
  return errors.map(({ field, message }) => ({
    instancePath: pointerOf(field),
    schemaPath: '#',
    keyword: SERVICE_RULE,
    params: {},
    message,
  }));
}
