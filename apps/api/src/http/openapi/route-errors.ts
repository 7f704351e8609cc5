import type { ErrorCode } from '@app/core';
import type { RouteFacts } from './route-facts.js';

/** Methods whose body the JSON parser reads (API.md §0, body limits). */
const WITH_BODY = new Set(['post', 'patch', 'put']);
/** Methods the idempotency interceptor and the write budget apply to (API.md §0). */
const WRITES = new Set(['post', 'patch']);

/**
 * Every error code a route can answer: those that follow from what it is (every route validates
 * its input and may fail unexpectedly; a body can be malformed, too large or not JSON; a guarded
 * route refuses a missing token or scope; an authenticated write takes an Idempotency-Key and
 * counts against the client's budget), plus the domain errors it declares with @AnswersErrors.
 */
export function routeErrorCodes(method: string, facts: RouteFacts): ErrorCode[] {
  const codes: ErrorCode[] = ['VALIDATION_FAILED', ...facts.errors, 'INTERNAL'];
  if (WITH_BODY.has(method))
    codes.push('MALFORMED_JSON', 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE');
  if (!facts.isPublic) codes.push('UNAUTHENTICATED');
  if (facts.scopes.length > 0) codes.push('FORBIDDEN');
  if (!facts.isPublic && WRITES.has(method)) {
    codes.push('IDEMPOTENCY_KEY_IN_PROGRESS', 'IDEMPOTENCY_KEY_REUSED', 'RATE_LIMITED');
  }
  if (facts.rateLimited) codes.push('RATE_LIMITED');
  return codes;
}

/** Whether the route takes `Idempotency-Key` (authenticated POST and PATCH, API.md §0). */
export function isIdempotent(method: string, facts: RouteFacts): boolean {
  return !facts.isPublic && WRITES.has(method);
}
