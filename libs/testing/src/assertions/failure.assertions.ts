import { DomainError, type ErrorCode, type FieldError } from '@app/core';

/**
 * What a test expects of a failure: its canonical code, and (when given) exactly the fields it
 * names, in order, and members of the error or its details. Messages are not compared: a code
 * and its fields are the contract, and `toThrow(new X(...))` would compare only the message.
 */
export interface ExpectedFailure {
  readonly code: ErrorCode;
  readonly fields?: readonly string[];
  /** Members of the error (`kind`, `representativeId`, …) or of its details, matched partially. */
  readonly matching?: Readonly<Record<string, unknown>>;
}

/** The field paths a failure names (its `details.errors`); empty when it names none. */
export function fieldsOf(failure: unknown): string[] {
  const errors = failure instanceof DomainError ? failure.details.errors : undefined;
  return Array.isArray(errors) ? (errors as FieldError[]).map((error) => error.field) : [];
}

/** Asserts that `failure` is a DomainError with the expected code, fields and members. */
export function expectFailure(failure: unknown, expected: ExpectedFailure): void {
  expect(failure).toBeInstanceOf(DomainError);
  expect((failure as DomainError).code).toBe(expected.code);
  if (expected.fields) expect(fieldsOf(failure)).toEqual(expected.fields);
  if (expected.matching) {
    const error = failure as DomainError;
    // `message` is not enumerable on an Error, so it is copied by name.
    expect({ ...error.details, ...error, message: error.message }).toMatchObject(expected.matching);
  }
}

/** What `run` threw; the test fails when it threw nothing. */
export function failureOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure, but nothing was thrown');
}

/** Asserts that `run` fails as expected and returns the failure for further checks. */
export function expectToFail<E = DomainError>(run: () => unknown, expected: ExpectedFailure): E {
  const failure = failureOf(run);
  expectFailure(failure, expected);
  return failure as E;
}

/** Asserts that `promise` rejects as expected and returns the failure for further checks. */
export async function expectRejection<E = DomainError>(
  promise: Promise<unknown>,
  expected: ExpectedFailure,
): Promise<E> {
  const failure = await promise.then(
    () => {
      throw new Error('expected a rejection, but the promise resolved');
    },
    (error: unknown) => error,
  );
  expectFailure(failure, expected);
  return failure as E;
}
