import { ClientAlreadyExistsError, ClientNotFoundError } from '@app/auth';
import { EventNotFoundError } from '@app/audit';
import {
  ForbiddenError,
  InternalError,
  MalformedJsonError,
  PayloadTooLargeError,
  RouteNotFoundError,
  UnauthenticatedError,
  UnsupportedMediaTypeError,
  VersionConflictError,
  type DomainError,
  type ErrorCode,
} from '@app/core';
import {
  ContactActiveError,
  ContactInUseError,
  ContactNotReservedError,
  ContactReservedError,
  CustomerAlreadyExistsError,
  CustomerNotFoundError,
  CustomerTypeNotSupportedError,
  DuplicateTypeError,
  FieldNotAllowedForCustomerTypeError,
  RepresentativeNotFoundError,
  VerificationCodeMismatchError,
  VerificationExpiredError,
  VerificationFailedError,
  VerificationInvalidError,
  VerificationNotFoundError,
  VerificationRequiredError,
} from '@app/customer';
import { UnknownCommandError } from '../../adapters/bpm/bpm.errors.js';
import {
  IdempotencyKeyInProgressError,
  IdempotencyKeyReusedError,
} from '../idempotency/idempotency.errors.js';
import { RateLimitedError } from '../rate-limit/rate-limited.error.js';
import type { RenderedError } from '../errors/rendered-error.js';
import { RENDERERS } from '../errors/renderers.js';
import type { SurfaceName } from '../surface/surface.decorator.js';
import { validationExample } from './validation-examples.js';

/** A request id as the service generates them, shown in every example body. */
export const EXAMPLE_REQUEST_ID = '01JD8ZQ4Y3W9V6K2M5N7P0R1ST';

const ID = 'cst_01JD8ZQ4Y3W9V6K2M5N7P0R1ST';

/**
 * One error of each code, made by the class the service throws, so an example carries its real
 * message and members. Exhaustive: a new code without an example fails the type-check.
 */
const EXAMPLES: Readonly<Record<ErrorCode, (surface: SurfaceName) => DomainError>> = {
  VALIDATION_FAILED: (surface) => validationExample(surface),
  FIELD_NOT_ALLOWED_FOR_CUSTOMER_TYPE: () =>
    new FieldNotAllowedForCustomerTypeError('customer.businessPhones', 'individual'),
  DUPLICATE_TYPE: () => new DuplicateTypeError('address', 'customer.addresses'),
  UNKNOWN_COMMAND: () =>
    new UnknownCommandError('DeleteContactCommand', ['UpdateContactCommand', '…']),
  MALFORMED_JSON: () => new MalformedJsonError(),
  CUSTOMER_TYPE_NOT_SUPPORTED: () => new CustomerTypeNotSupportedError('business'),
  PAYLOAD_TOO_LARGE: () => new PayloadTooLargeError(),
  UNSUPPORTED_MEDIA_TYPE: () => new UnsupportedMediaTypeError(),
  UNAUTHENTICATED: () => new UnauthenticatedError(),
  FORBIDDEN: () => new ForbiddenError(['customers:write']),
  CUSTOMER_NOT_FOUND: () => new CustomerNotFoundError(ID),
  REPRESENTATIVE_NOT_FOUND: () => new RepresentativeNotFoundError('rep_1'),
  VERIFICATION_NOT_FOUND: () => new VerificationNotFoundError('ver_1'),
  CONTACT_NOT_RESERVED: () => new ContactNotReservedError('email'),
  CLIENT_NOT_FOUND: () => new ClientNotFoundError('ops-console'),
  EVENT_NOT_FOUND: () => new EventNotFoundError('evt_1'),
  NOT_FOUND: () => new RouteNotFoundError(),
  CUSTOMER_ALREADY_EXISTS: () => new CustomerAlreadyExistsError(ID),
  CLIENT_ALREADY_EXISTS: () => new ClientAlreadyExistsError('ops-console'),
  CONTACT_ACTIVE: () => new ContactActiveError('email'),
  CONTACT_IN_USE: () => new ContactInUseError('email'),
  CONTACT_RESERVED: () => new ContactReservedError('email'),
  VERSION_CONFLICT: () => new VersionConflictError(3, 4),
  IDEMPOTENCY_KEY_IN_PROGRESS: () => new IdempotencyKeyInProgressError(),
  IDEMPOTENCY_KEY_REUSED: () => new IdempotencyKeyReusedError(),
  VERIFICATION_REQUIRED: () => new VerificationRequiredError(['email']),
  VERIFICATION_INVALID: () => new VerificationInvalidError('it was already used'),
  VERIFICATION_EXPIRED: () => new VerificationExpiredError(),
  VERIFICATION_CODE_MISMATCH: () => new VerificationCodeMismatchError(4),
  VERIFICATION_FAILED: () => new VerificationFailedError(),
  RATE_LIMITED: () => new RateLimitedError(30),
  INTERNAL: () => new InternalError(),
};

/**
 * `code` rendered by the surface's own renderer, the one the error filter answers with: the
 * documented status, headers and body are what a client receives, not a second description.
 */
export function renderedExample(code: ErrorCode, surface: SurfaceName): RenderedError {
  return RENDERERS[surface](EXAMPLES[code](surface), { requestId: EXAMPLE_REQUEST_ID });
}
