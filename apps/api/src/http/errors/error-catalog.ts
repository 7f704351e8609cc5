import type { DomainError, ErrorCode } from '@app/core';

/** How each canonical error code (API.md §1) appears on the wire; the one mapping for all surfaces. */
export interface ErrorWire {
  readonly status: number;
  readonly title: string;
  /** connectFi `code`; absent where connectFi has none (the generic code for the status is used). */
  readonly connectFi?: string;
  /** BPM's status where it differs (§0: a version conflict is CBS_409 there, 412 on REST). */
  readonly bpmStatus?: number;
}

/** Exhaustive over ErrorCode: a code without an entry fails `npm run typecheck`. */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: { status: 400, title: 'Validation failed', connectFi: 'requestValidateError' },
  FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE: {
    status: 400,
    title: 'Field not allowed for customer type',
    connectFi: 'invalidFieldForCustomerType',
  },
  DUPLICATE_TYPE: { status: 400, title: 'Duplicate type', connectFi: 'duplicateType' },
  UNKNOWN_COMMAND: { status: 400, title: 'Unknown command' },
  MALFORMED_JSON: { status: 400, title: 'Malformed JSON', connectFi: 'requestValidateError' },
  CUSTOMER_TYPE_NOT_SUPPORTED: {
    status: 400,
    title: 'Customer type not supported',
    connectFi: 'invalidCustomerType',
  },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Payload too large', connectFi: 'payloadTooLarge' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    title: 'Unsupported media type',
    connectFi: 'unsupportedMediaType',
  },
  UNAUTHENTICATED: { status: 401, title: 'Unauthenticated', connectFi: 'unauthorized' },
  FORBIDDEN: { status: 403, title: 'Forbidden', connectFi: 'forbidden' },
  CUSTOMER_NOT_FOUND: { status: 404, title: 'Customer not found', connectFi: 'customerNotFound' },
  REPRESENTATIVE_NOT_FOUND: {
    status: 404,
    title: 'Representative not found',
    connectFi: 'representativeNotFound',
  },
  VERIFICATION_NOT_FOUND: { status: 404, title: 'Verification not found' },
  CONTACT_NOT_RESERVED: { status: 404, title: 'Contact not reserved' },
  CLIENT_NOT_FOUND: { status: 404, title: 'Client not found' },
  EVENT_NOT_FOUND: { status: 404, title: 'Event not found' },
  NOT_FOUND: { status: 404, title: 'Not found', connectFi: 'notFound' },
  CUSTOMER_ALREADY_EXISTS: { status: 409, title: 'Customer already exists' },
  CLIENT_ALREADY_EXISTS: { status: 409, title: 'Client already exists' },
  CONTACT_ACTIVE: { status: 409, title: 'Contact is active' },
  CONTACT_IN_USE: { status: 409, title: 'Contact in use', connectFi: 'duplicateContact' },
  CONTACT_RESERVED: { status: 409, title: 'Contact reserved', connectFi: 'contactReserved' },
  VERSION_CONFLICT: {
    status: 412,
    title: 'Version conflict',
    connectFi: 'versionConflict',
    bpmStatus: 409,
  },
  IDEMPOTENCY_KEY_IN_PROGRESS: {
    status: 409,
    title: 'Idempotency key in progress',
    connectFi: 'idempotencyKeyInProgress',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    title: 'Idempotency key reused',
    connectFi: 'idempotencyKeyReused',
  },
  VERIFICATION_REQUIRED: { status: 422, title: 'Verification required' },
  VERIFICATION_INVALID: { status: 422, title: 'Verification invalid' },
  VERIFICATION_EXPIRED: { status: 422, title: 'Verification expired' },
  VERIFICATION_CODE_MISMATCH: { status: 422, title: 'Verification code mismatch' },
  VERIFICATION_FAILED: { status: 422, title: 'Verification failed' },
  RATE_LIMITED: { status: 429, title: 'Rate limited', connectFi: 'rateLimited' },
  INTERNAL: { status: 500, title: 'Internal server error', connectFi: 'internalError' },
} as const satisfies Record<ErrorCode, ErrorWire>;

export function wireOf(code: ErrorCode): ErrorWire {
  return ERROR_CATALOG[code];
}

/** Seconds a client should wait before retrying a retryable conflict. */
const RETRY_AFTER_SECONDS = 1;

/**
 * The HTTP status of an error on a REST surface. A retryable conflict (details.retryable: the
 * server's own retries ran out, the client named no version) is 409, not the catalog's 412.
 */
export function restStatusOf(error: DomainError): number {
  return error.details.retryable === true ? 409 : wireOf(error.code).status;
}

/** Headers that go with an error on every surface: `Retry-After` when retrying may succeed. */
export function errorHeadersOf(error: DomainError): Record<string, string> {
  const retryAfter = error.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') return { 'Retry-After': String(retryAfter) };
  return error.details.retryable === true ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {};
}
