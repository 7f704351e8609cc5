import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const CLIENT_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** The client's X-Request-Id when it is well-formed, otherwise a new one (API.md §0). */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && CLIENT_ID_PATTERN.test(given) ? given : randomUUID();
}
