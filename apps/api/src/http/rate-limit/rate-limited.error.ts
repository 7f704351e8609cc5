import { DomainError } from '@app/core';

/** Over a budget; `Retry-After` says when the next request is allowed (API.md §1). */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(retryAfterSeconds: number) {
    super('Too many requests; retry later', { retryAfterSeconds });
  }
}
