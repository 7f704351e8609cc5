import type { DomainError } from '@app/core';
import { errorHeadersOf, restStatusOf, wireOf } from './error-catalog.js';
import type { ErrorRenderer } from './rendered-error.js';

/** Generic connectFi codes by status, for errors the catalog gives no connectFi code. */
const BY_STATUS: Readonly<Record<number, string>> = {
  400: 'requestValidateError',
  404: 'notFound',
  409: 'conflict',
  422: 'unprocessableEntity',
};

/**
 * connectFi's `{code, message, requestId}`. A validation error that carries the ajv `context`
 * the adapter attached is `{code, context, requestId}`, without a message, as the seed's
 * `requestValidateError` example and API.md §1 show it.
 */
export const renderConnectFi: ErrorRenderer = (error: DomainError, { requestId }) => {
  const status = restStatusOf(error);
  const code = wireOf(error.code).connectFi ?? BY_STATUS[status] ?? 'internalError';
  const context = error.details.context;
  return {
    status,
    contentType: 'application/json',
    headers: errorHeadersOf(error),
    body: {
      code,
      ...(context !== undefined ? { context } : { message: error.message }),
      requestId,
    },
  };
};
