import type { DomainError } from '@app/core';
import { wireOf } from './error-catalog.js';
import type { ErrorRenderer } from './rendered-error.js';

/** Generic connectFi codes by status, for errors the catalog gives no connectFi code. */
const BY_STATUS: Readonly<Record<number, string>> = {
  400: 'requestValidateError',
  404: 'notFound',
  409: 'conflict',
  422: 'unprocessableEntity',
};

/**
 * connectFi's `{code, message, requestId}`; validation errors carry the ajv `context` the
 * adapter attached, or one built from the field errors.
 */
export const renderConnectFi: ErrorRenderer = (error: DomainError, { requestId }) => {
  const wire = wireOf(error.code);
  const code = wire.connectFi ?? BY_STATUS[wire.status] ?? 'internalError';
  const context = error.details.context;
  return {
    status: wire.status,
    contentType: 'application/json',
    body: {
      code,
      message: error.message,
      ...(context !== undefined ? { context } : {}),
      requestId,
    },
  };
};
