/**
 * Every canonical error code (API.md §1, the problem `code` column). The command log records these
 * as `errorCode`, and each surface's catalog must cover all of them: adding a code here without a
 * wire format fails the type-check instead of becoming a 500.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE',
  'DUPLICATE_TYPE',
  'UNKNOWN_COMMAND',
  'MALFORMED_JSON',
  'CUSTOMER_TYPE_NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CUSTOMER_NOT_FOUND',
  'REPRESENTATIVE_NOT_FOUND',
  'VERIFICATION_NOT_FOUND',
  'CONTACT_NOT_RESERVED',
  'CLIENT_NOT_FOUND',
  'EVENT_NOT_FOUND',
  'NOT_FOUND',
  'CUSTOMER_ALREADY_EXISTS',
  'CLIENT_ALREADY_EXISTS',
  'CONTACT_ACTIVE',
  'CONTACT_IN_USE',
  'CONTACT_RESERVED',
  'VERSION_CONFLICT',
  'IDEMPOTENCY_KEY_IN_PROGRESS',
  'IDEMPOTENCY_KEY_REUSED',
  'VERIFICATION_REQUIRED',
  'VERIFICATION_INVALID',
  'VERIFICATION_EXPIRED',
  'VERIFICATION_CODE_MISMATCH',
  'VERIFICATION_FAILED',
  'RATE_LIMITED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
