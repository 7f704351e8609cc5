import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidationFailedError, type FieldError } from '@app/core';

/**
 * class-validator for our own DTOs: unknown properties are refused, and every failing field is
 * reported (nested ones by path, `customer.addresses[0].city`), not only the first.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flatten(errors)),
  });
}

function flatten(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = pathOf(prefix, error.property);
    const message = firstBrokenRule(error.constraints ?? {});
    const own = message === undefined ? [] : [{ field, message }];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Rules about what a value is, before rules about its content. */
const TYPE_RULES = [
  'isDefined',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
];

/**
 * One message per field: the type rule when the value has the wrong type ("must be a string"
 * makes "must be shorter than 254 characters" noise), else the first broken rule. class-validator
 * checks a field's rules in no order a DTO can rely on, so the choice is made here.
 */
function firstBrokenRule(constraints: Readonly<Record<string, string>>): string | undefined {
  const typeRule = TYPE_RULES.find((rule) => constraints[rule] !== undefined);
  return constraints[typeRule ?? ''] ?? Object.values(constraints)[0];
}

function pathOf(prefix: string, property: string): string {
  if (/^\d+$/.test(property)) return `${prefix}[${property}]`;
  return prefix ? `${prefix}.${property}` : property;
}
