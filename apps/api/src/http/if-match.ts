import type { FastifyRequest } from 'fastify';
import { DomainError } from '@app/core';

/** Our ETags are strong, `"<version>"` (API.md §0). */
const VERSION_TAG = /^"([1-9]\d{0,14})"$/;

/**
 * An `If-Match` that cannot name any version of ours (a weak tag, a list, anything but
 * `"<version>"` or `*`): by RFC 9110 §13.1.1 the condition is false, so it is a failed
 * precondition like any other mismatch.
 */
export class UnmatchableIfMatchError extends DomainError {
  readonly code = 'VERSION_CONFLICT';
  constructor() {
    super('If-Match must be the customer\'s ETag, "<version>", or *');
  }
}

/**
 * The expected version an `If-Match` header names, for the routes that accept one; `undefined`
 * without the header or for `*` (the customer must exist, which every update checks anyway).
 *
 * @throws UnmatchableIfMatchError for a value that can match no ETag of ours
 */
export function expectedVersionOf(request: FastifyRequest): number | undefined {
  const header = request.headers['if-match'];
  if (header === undefined) return undefined;
  const value = typeof header === 'string' ? header.trim() : '';
  if (value === '*') return undefined;
  const match = VERSION_TAG.exec(value);
  if (!match?.[1]) throw new UnmatchableIfMatchError();
  return Number(match[1]);
}
