import type { CommandParticipant, Decision } from '@app/event-store';
import type { Transaction } from '@app/persistence';
import { RENDERERS } from '../errors/renderers.js';
import { toDomainError } from '../errors/to-domain-error.js';
import { currentIdempotentRequest, type IdempotentRequest } from './idempotency.context.js';
import type { IdempotencyStore } from './idempotency.store.js';
import { isStoredStatus, type StoredResponse } from './stored-response.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Records the answer of a request under an Idempotency-Key as part of its command: inside the
 * command's transaction when it commits (so a crash after the commit cannot lose the record and
 * a retry never runs the command twice), and right after the rollback when it is refused.
 */
export class IdempotencyRecorder implements CommandParticipant {
  constructor(private readonly store: IdempotencyStore) {}

  async decided(tx: Transaction, _command: unknown, decision: Decision<unknown>): Promise<void> {
    const request = currentIdempotentRequest();
    if (!request || request.recorded) return;
    const response = decision.refusal
      ? errorAnswer(request, decision.refusal)
      : successAnswer(request, decision.result);
    if (response) await this.record(request, response, tx);
  }

  async rejected(_command: unknown, error: unknown): Promise<void> {
    const request = currentIdempotentRequest();
    if (!request || request.recorded) return;
    await this.record(request, errorAnswer(request, error));
  }

  private async record(
    request: IdempotentRequest,
    response: StoredResponse,
    tx?: Transaction,
  ): Promise<void> {
    if (!isStoredStatus(response.status)) return;
    await this.store.complete(request.clientId, request.key, response, tx);
    request.recorded = response;
  }
}

/** The route's answer, serialised as Fastify serialises it, so the replay is the same bytes. */
function successAnswer(request: IdempotentRequest, result: unknown): StoredResponse | undefined {
  if (!request.answer) return undefined;
  const { body, headers = {} } = request.answer(result);
  return {
    status: request.successStatus,
    headers: { ...headers, 'content-type': JSON_TYPE },
    body: JSON.stringify(body),
  };
}

/** The error as the request's surface renders it (the error filter renders the same). */
function errorAnswer(request: IdempotentRequest, error: unknown): StoredResponse {
  const rendered = RENDERERS[request.surface](toDomainError(error), {
    requestId: request.requestId,
  });
  return {
    status: rendered.status,
    headers: { ...rendered.headers, 'content-type': rendered.contentType },
    body: JSON.stringify(rendered.body),
  };
}
