import type { StoredResponse } from './stored-response.js';

/**
 * The stored error answer of a key's first request, sent again by the error filter byte for
 * byte. Thrown (not returned) because an error answer's status is not the route's own.
 */
export class ReplayedResponse extends Error {
  constructor(readonly response: StoredResponse) {
    super('replayed answer');
    this.name = 'ReplayedResponse';
  }
}
