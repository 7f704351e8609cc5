import { SetMetadata } from '@nestjs/common';
import type { ErrorCode } from '@app/core';

export const ANSWERS_ERRORS = 'openapi:answers-errors';

/**
 * The domain errors a route can answer besides those every route of its kind can (validation,
 * auth, body limits, idempotency, rate limits, internal: see route-errors.ts). Only the codes are
 * listed here; their status and body on the route's surface come from the error catalog.
 */
export const AnswersErrors = (...codes: ErrorCode[]): MethodDecorator =>
  SetMetadata(ANSWERS_ERRORS, codes);
