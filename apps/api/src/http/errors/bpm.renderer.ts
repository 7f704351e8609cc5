import type { DomainError } from '@app/core';
import { wireOf } from './error-catalog.js';
import type { ErrorRenderer } from './rendered-error.js';

/** The BPM seed's messages for its error table; other codes use the domain message. */
const SEED_MESSAGES: Readonly<Record<string, string>> = {
  VALIDATION_FAILED: 'Validation error',
  CUSTOMER_NOT_FOUND: 'Contact not found',
  INTERNAL: 'Internal server error',
};

/**
 * The BPM envelope: `statusCode` is `CBS_` + the HTTP status (API.md §1), except that a version
 * conflict is CBS_409 on this surface (§0).
 */
export const renderBpm: ErrorRenderer = (error: DomainError) => {
  const status = error.code === 'VERSION_CONFLICT' ? 409 : wireOf(error.code).status;
  const errors = error.details.errors;
  return {
    status,
    contentType: 'application/json',
    body: {
      isSuccessful: false,
      statusCode: `CBS_${status}`,
      message: SEED_MESSAGES[error.code] ?? error.message,
      code: error.code,
      ...(Array.isArray(errors) ? { errors } : {}),
    },
  };
};
