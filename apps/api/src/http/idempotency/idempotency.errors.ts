import { DomainError } from '@app/core';

/** The same key's first request is still running (API.md §0). */
export class IdempotencyKeyInProgressError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_IN_PROGRESS';
  constructor() {
    super('A request with this Idempotency-Key is still being processed; retry later', {
      retryAfterSeconds: 1,
    });
  }
}

/** The key was used before for another request (method, path or body differ). */
export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
  constructor() {
    super('This Idempotency-Key was used for a different request');
  }
}
