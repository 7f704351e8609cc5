import type { ErrorObject } from 'ajv';
import type { FieldError } from '@app/core';

/** One item of connectFi's `context`: the members of an ajv error the seed shows, no others. */
export interface AjvContextItem {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message: string;
}

export function toAjvContext(errors: readonly ErrorObject[]): AjvContextItem[] {
  return errors.map(({ instancePath, schemaPath, keyword, params, message }) => ({
    instancePath,
    schemaPath,
    keyword,
    params: params as Record<string, unknown>,
    message: message ?? '',
  }));
}

/**
 * The same failures as field errors named from the body's root (`customer.addresses[0].city`),
 * the path convention of every other surface. A missing or extra property is named by its own
 * path, not its parent's, so that the field is the one to fix.
 */
export function toFieldErrors(errors: readonly ErrorObject[]): FieldError[] {
  return errors.map((error) => {
    const path = pathOf(error.instancePath);
    const { missingProperty, additionalProperty } = error.params as Record<string, unknown>;
    if (error.keyword === 'required' && typeof missingProperty === 'string') {
      return { field: join(path, missingProperty), message: 'is required' };
    }
    if (error.keyword === 'additionalProperties' && typeof additionalProperty === 'string') {
      return { field: join(path, additionalProperty), message: 'is not allowed' };
    }
    return { field: path, message: error.message ?? 'is invalid' };
  });
}

/**
 * `/customer/addresses/0` → `customer.addresses[0]` (RFC 6901 escapes undone). A number is an
 * array index: no object of these schemas has a numeric member to reach.
 */
function pathOf(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : join(path, token)), '');
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}
