import type { FastifyInstance, FastifyRequest } from 'fastify';
import { MalformedJsonError } from '@app/core';

export const BODY_LIMIT_BYTES = 64 * 1024;
const MAX_DEPTH = 32;

/**
 * Parses JSON bodies, refusing prototype-pollution keys and nesting deeper than 32 levels
 * (API.md §0). Fastify itself answers 413 past the body limit and 415 for other media types.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES },
    (
      _request: FastifyRequest,
      body: string | Buffer,
      done: (err: Error | null, body?: unknown) => void,
    ) => {
      try {
        done(null, parseJson(body.toString()));
      } catch (error) {
        done(error instanceof MalformedJsonError ? error : new MalformedJsonError());
      }
    },
  );
}

function parseJson(text: string): unknown {
  if (text.trim() === '') throw new MalformedJsonError('Empty JSON body');
  const value: unknown = JSON.parse(text, (key, val: unknown) => {
    if (key === '__proto__') throw new MalformedJsonError('Forbidden key in JSON body');
    return val;
  });
  if (depthOf(value) > MAX_DEPTH)
    throw new MalformedJsonError(`JSON nested deeper than ${MAX_DEPTH} levels`);
  return value;
}

/** Iterative, so that a hostile nesting cannot overflow the stack. */
function depthOf(root: unknown): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    max = Math.max(max, depth + 1);
    if (max > MAX_DEPTH) return max;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return max;
}
