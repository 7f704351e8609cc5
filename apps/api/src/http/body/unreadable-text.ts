import type { FastifyInstance } from 'fastify';
import { ValidationFailedError, type FieldError } from '@app/core';

/** C0 controls and DEL: no name, address, email or id contains one (NUL breaks PostgreSQL text). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F]/;
/** A UTF-16 surrogate without its pair: not a character, and no UTF-8 encoding exists for it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MESSAGE = 'must not contain control characters or unpaired surrogates';

function unreadable(text: string): boolean {
  return CONTROL.test(text) || LONE_SURROGATE.test(text);
}

function pathOf(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * Every string of a parsed JSON body (keys included) that holds text no contact data can hold,
 * named by its path from the body's root. Iterative, as the body may be hostile; the body parser
 * has already bounded its depth and size.
 */
export function unreadableTextIn(body: unknown): FieldError[] {
  const found: FieldError[] = [];
  const stack: Array<[unknown, string]> = [[body, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (unreadable(value)) found.push({ field: path || 'body', message: MESSAGE });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push([item, pathOf(path, index)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (unreadable(key)) found.push({ field: path || 'body', message: `keys ${MESSAGE}` });
        else stack.push([child, pathOf(path, key)]);
      }
    }
  }
  return found.reverse();
}

/**
 * Refuses a request whose body, path or query holds such text, before any route sees it: a
 * validation error naming each field (query and path fields by their own names). One check for
 * every surface, so no value object or query has to think of NUL.
 */
export function registerReadableTextCheck(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    const found = [
      ...unreadableTextIn(request.params ?? {}),
      ...unreadableTextIn(request.query ?? {}),
      ...(request.body === undefined ? [] : unreadableTextIn(request.body)),
    ];
    done(found.length > 0 ? new ValidationFailedError(found) : undefined);
  });
}
