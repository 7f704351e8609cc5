import { registerDecorator } from 'class-validator';
import { ValidationFailedError } from '@app/core';

/** A value object's parser: it returns the parsed value or throws ValidationFailedError. */
export type ValueParser = (raw: string, field: string) => unknown;

/** Why `parse` refuses `raw`, in the value object's own words; undefined when it accepts it. */
function refusalOf(parse: ValueParser, raw: string): string | undefined {
  try {
    parse(raw, '');
    return undefined;
  } catch (error) {
    if (error instanceof ValidationFailedError) return error.errors[0]?.message ?? error.message;
    throw error;
  }
}

/**
 * Checks a string field's format with the value object that owns it, so that one 400 lists a bad
 * format beside the body's other failures (API.md §1: every failing field, not the first stage's
 * only). The value object stays the one definition of the format; the domain parses the value
 * again when it decides, as its own guard.
 */
export function ParsesAs(parse: ValueParser): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'parsesAs',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || refusalOf(parse, value) === undefined,
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} ${refusalOf(parse, args?.value as string) ?? 'is not valid'}`,
      },
    });
}
