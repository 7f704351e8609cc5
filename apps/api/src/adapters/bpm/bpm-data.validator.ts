import { ValidationFailedError } from '@app/core';
import { createValidationPipe } from '../../http/validation.pipe.js';

/** The app's own pipe, so `data` is checked by exactly the rules every other body is. */
const pipe = createValidationPipe();

/**
 * Validates a command's `data` against its DTO. The global pipe sees only the envelope, so
 * the dispatcher runs the same pipe on `data` once it knows the command.
 *
 * @throws ValidationFailedError listing every failing field as `data.<field>`
 */
export async function validateBpmData<Dto extends object>(
  dto: new () => Dto,
  data: object,
): Promise<Dto> {
  try {
    return (await pipe.transform(data, { type: 'body', metatype: dto })) as Dto;
  } catch (error) {
    throw error instanceof ValidationFailedError ? withinData(error) : error;
  }
}

/**
 * Runs a JSON Schema validator of `data` (the connectFi schemas that UpdateCustomerCommand
 * shares with `/customer/update`), naming fields by BPM's convention.
 *
 * @throws ValidationFailedError listing every failing field as `data.<path>`
 */
export function validateBpmSchemaData<T>(validate: (data: unknown) => T, data: object): T {
  try {
    return validate(data);
  } catch (error) {
    throw error instanceof ValidationFailedError ? withinData(error) : error;
  }
}

/**
 * The same failure with its fields named from the body's root (`data.phoneNumber`), for field
 * paths that a DTO or a handler gives relative to `data`; `wireNames` renames a command's fields
 * to BPM's (`mobile` → `phoneNumber`).
 */
export function withinData(
  error: ValidationFailedError,
  wireNames: Readonly<Record<string, string>> = {},
): ValidationFailedError {
  const errors = error.errors.map(({ field, message }) => {
    const name = wireNames[field] ?? field;
    return { field: name === '' ? 'data' : `data.${name}`, message };
  });
  return new ValidationFailedError(errors, error.message);
}
