import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { FastifyRequest } from 'fastify';
import { ValidationFailedError } from '@app/core';

/** 1–255 printable ASCII characters (API.md §0). */
const KEY_SYNTAX = /^[\x20-\x7E]{1,255}$/;

/**
 * The request's Idempotency-Key, or undefined without one.
 *
 * @throws ValidationFailedError naming `Idempotency-Key` for a key outside the syntax
 */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const key = request.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !KEY_SYNTAX.test(key)) {
    throw ValidationFailedError.field(
      'Idempotency-Key',
      'must be 1 to 255 printable ASCII characters',
    );
  }
  return key;
}

/**
 * What makes two requests "the same" under one key: method, path and the canonical (RFC 8785)
 * body, so that key order and whitespace do not matter but any value does.
 */
export function requestFingerprint(request: FastifyRequest): string {
  const body = canonicalize(request.body ?? null) ?? '';
  return createHash('sha256')
    .update(`${request.method}\n${request.url}\n${body}`, 'utf8')
    .digest('hex');
}
