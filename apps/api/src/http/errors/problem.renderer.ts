import type { DomainError } from '@app/core';
import { errorHeadersOf, restStatusOf, wireOf } from './error-catalog.js';
import type { ErrorRenderer } from './rendered-error.js';

const TYPE_BASE = 'https://errors.customer-contact.dev/';

/** RFC 9457 problem+json for `/api` and `/v2`; extra details are top-level members. */
export const renderProblem: ErrorRenderer = (error: DomainError, { requestId }) => {
  const status = restStatusOf(error);
  return {
    status,
    contentType: 'application/problem+json',
    headers: errorHeadersOf(error),
    body: {
      type: TYPE_BASE + error.code.toLowerCase().replaceAll('_', '-'),
      title: wireOf(error.code).title,
      status,
      detail: error.message,
      code: error.code,
      ...error.details,
      requestId,
    },
  };
};
