import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '@app/auth';
import { SurfaceRegistry } from '../surface/surface.registry.js';
import { runIdempotent, type IdempotentRequest } from './idempotency.context.js';
import { IdempotencyKeyInProgressError, IdempotencyKeyReusedError } from './idempotency.errors.js';
import { IdempotencyStore } from './idempotency.store.js';
import { ReplayedResponse } from './replayed-response.js';
import { idempotencyKeyOf, requestFingerprint } from './request-fingerprint.js';
import type { StoredResponse } from './stored-response.js';

type Request = FastifyRequest & AuthenticatedRequest;

/**
 * `Idempotency-Key` on every authenticated POST and PATCH (API.md §0): the first request runs
 * and its answer is recorded; the same request again gets that answer byte for byte, marked
 * `Idempotent-Replayed: true`; another request under the key is refused, and so is a second one
 * while the first still runs. Runs after the guards, so the key is scoped to the calling client.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly surfaces: SurfaceRegistry,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    if (!['POST', 'PATCH'].includes(request.method) || !request.principal) return next.handle();
    const key = idempotencyKeyOf(request);
    if (key === undefined) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const idempotent: IdempotentRequest = {
      clientId: request.principal.clientId,
      key,
      requestId: String(request.id),
      surface: this.surfaces.surfaceOf(request.routeOptions.url, request.url),
      successStatus:
        this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ??
        (request.method === 'POST' ? 201 : 200),
    };
    return from(this.handle(idempotent, requestFingerprint(request), next, reply));
  }

  private async handle(
    idempotent: IdempotentRequest,
    fingerprint: string,
    next: CallHandler,
    reply: FastifyReply,
  ): Promise<unknown> {
    const verdict = await this.store.begin(idempotent.clientId, idempotent.key, fingerprint);
    if (verdict.kind === 'replay') return replay(reply, verdict.response);
    if (verdict.kind === 'in-progress') throw new IdempotencyKeyInProgressError();
    if (verdict.kind === 'reused') throw new IdempotencyKeyReusedError();
    try {
      return await runIdempotent(idempotent, () =>
        lastValueFrom(next.handle(), { defaultValue: undefined }),
      );
    } finally {
      // An answer that is not kept (a validation failure, a 5xx) frees the key for a retry.
      if (!idempotent.recorded)
        await this.store.abandon(idempotent.clientId, idempotent.key).catch(() => undefined);
    }
  }
}

/** A stored success is the route's own status, so it is returned; an error is thrown. */
function replay(reply: FastifyReply, response: StoredResponse): string {
  if (response.status >= 300) throw new ReplayedResponse(response);
  reply.headers(response.headers).header('Idempotent-Replayed', 'true');
  return response.body;
}
