import type { DomainError, ErrorCode } from '@app/core';
import { errorHeadersOf, restStatusOf, wireOf } from './error-catalog.js';
import type { ErrorRenderer } from './rendered-error.js';

/** The BPM seed's messages for its error table; other codes use the domain message. */
const SEED_MESSAGES: Partial<Record<ErrorCode, string>> = {
  VALIDATION_FAILED: 'Validation error',
  CUSTOMER_NOT_FOUND: 'Contact not found',
  INTERNAL: 'Internal server error',
};

/**
 * The BPM envelope: `statusCode` is `CBS_` + the HTTP status (API.md §1); the catalog says where
 * BPM's status differs from REST's (a version conflict is CBS_409, §0).
 */
export const renderBpm: ErrorRenderer = (error: DomainError) => {
  const status = wireOf(error.code).bpmStatus ?? restStatusOf(error);
  const errors = error.details.errors;
  return {
    status,
    contentType: 'application/json',
    headers: errorHeadersOf(error),
    body: {
      isSuccessful: false,
      statusCode: `CBS_${status}`,
      message: SEED_MESSAGES[error.code] ?? error.message,
      code: error.code,
      ...(Array.isArray(errors) ? { errors } : {}),
    },
  };
};
