import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when sent it must be valid: unlike class-validator's
 * IsOptional, a `null` is checked (and refused) rather than taken as "not sent".
 */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
