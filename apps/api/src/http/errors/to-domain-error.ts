import { HttpException } from '@nestjs/common';
import {
  DomainError,
  InternalError,
  MalformedJsonError,
  PayloadTooLargeError,
  RouteNotFoundError,
  UnsupportedMediaTypeError,
} from '@app/core';

/** Fastify's own request errors, by their `code`. */
const FASTIFY_ERRORS: Readonly<Record<string, () => DomainError>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new PayloadTooLargeError(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new UnsupportedMediaTypeError(),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new MalformedJsonError('Content-Length does not match the body'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new MalformedJsonError('Empty JSON body'),
  FST_ERR_CTP_INVALID_JSON_BODY: () => new MalformedJsonError(),
};

/** Whether the error is one we did not expect, so it is logged (never sent). */
export function isUnexpected(error: unknown): boolean {
  return !(error instanceof DomainError) && toDomainError(error) instanceof InternalError;
}

/** Everything thrown while serving a request becomes a DomainError; the unknown becomes INTERNAL. */
export function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FASTIFY_ERRORS[code]) return FASTIFY_ERRORS[code]();
  if (error instanceof HttpException) return fromHttpException(error);
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (status === 413) return new PayloadTooLargeError();
  if (status === 415) return new UnsupportedMediaTypeError();
  if (status === 400) return new MalformedJsonError('Malformed request');
  return new InternalError();
}

/** Nest wraps Fastify's own request errors (413, 415, bad bodies) in HttpExceptions. */
function fromHttpException(error: HttpException): DomainError {
  switch (error.getStatus()) {
    case 404:
    case 405:
      return new RouteNotFoundError();
    case 413:
      return new PayloadTooLargeError();
    case 415:
      return new UnsupportedMediaTypeError();
    case 400:
      return new MalformedJsonError('Malformed request');
    default:
      return new InternalError();
  }
}
