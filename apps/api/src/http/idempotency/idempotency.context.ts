import { AsyncLocalStorage } from 'node:async_hooks';
import type { SurfaceName } from '../surface/surface.decorator.js';
import type { StoredResponse } from './stored-response.js';

/** How a route answers its command's result: the body and its headers (ETag, Location, …). */
export interface Answer {
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * One request under an Idempotency-Key, from the interceptor to the command's transaction: who,
 * which key, how its route answers; and, once recorded, the answer exactly as stored.
 */
export interface IdempotentRequest {
  readonly clientId: string;
  readonly key: string;
  readonly requestId: string;
  readonly surface: SurfaceName;
  /** The route's success status (its @HttpCode). */
  readonly successStatus: number;
  answer?: (result: unknown) => Answer;
  recorded?: StoredResponse;
}

const requests = new AsyncLocalStorage<IdempotentRequest>();

/** Runs `work` as the handling of `request`: the command it runs records its answer. */
export function runIdempotent<T>(request: IdempotentRequest, work: () => Promise<T>): Promise<T> {
  return requests.run(request, work);
}

/** The idempotent request being handled, if any. */
export function currentIdempotentRequest(): IdempotentRequest | undefined {
  return requests.getStore();
}
