import type { DomainError } from '@app/core';
import { wireOf } from './error-catalog.js';
import type { ErrorRenderer } from './rendered-error.js';

const TYPE_BASE = 'https://errors.customer-contact.dev/';

/** RFC 9457 problem+json for `/api` and `/v2`; extra details are top-level members. */
export const renderProblem: ErrorRenderer = (error: DomainError, { requestId }) => {
  const wire = wireOf(error.code);
  return {
    status: wire.status,
    contentType: 'application/problem+json',
    body: {
      type: TYPE_BASE + error.code.toLowerCase().replaceAll('_', '-'),
      title: wire.title,
      status: wire.status,
      detail: error.message,
      code: error.code,
      ...error.details,
      requestId,
    },
  };
};
