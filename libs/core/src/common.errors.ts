import { DomainError, type FieldError } from './domain-error.js';

/** The request or a value in it breaks a format rule; lists every failing field. */
export class ValidationFailedError extends DomainError {
  readonly code = 'VALIDATION_FAILED';
  constructor(
    readonly errors: readonly FieldError[],
    message = 'Validation error',
    /** Surface-specific extras, such as connectFi's ajv `context`. */
    extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message, { ...extra, errors });
  }

  static field(field: string, message: string): ValidationFailedError {
    return new ValidationFailedError([{ field, message }]);
  }
}

/** The body is not parseable JSON or nests deeper than allowed. */
export class MalformedJsonError extends DomainError {
  readonly code = 'MALFORMED_JSON';
  constructor(message = 'Malformed JSON body') {
    super(message);
  }
}

export class PayloadTooLargeError extends DomainError {
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor() {
    super('Request body exceeds 64 KiB');
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
  constructor() {
    super('Content-Type must be application/json');
  }
}

export class RouteNotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('Route not found');
  }
}

/** The expected version the client sent is not the stream's current version. */
export class VersionConflictError extends DomainError {
  readonly code = 'VERSION_CONFLICT';
  constructor(expected: number, actual: number) {
    super(`Expected version ${expected} but the current version is ${actual}`, {
      expectedVersion: expected,
      currentVersion: actual,
    });
  }
}

/**
 * Other writers kept changing the stream until the retries ran out. The client named no version,
 * so this is not a failed precondition: it is a conflict (409) that is safe to retry.
 */
export class WriteContentionError extends DomainError {
  readonly code = 'VERSION_CONFLICT';
  constructor() {
    super('The record is being changed by other requests; retry the request', {
      retryable: true,
    });
  }
}

/** Anything unexpected; the message never carries internals. */
export class InternalError extends DomainError {
  readonly code = 'INTERNAL';
  constructor() {
    super('Internal server error');
  }
}
