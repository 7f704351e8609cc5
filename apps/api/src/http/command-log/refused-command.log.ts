import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { ErrorCode } from '@app/core';
import { CommandLogEntity, writeCommandLog, type CommandLogEntry } from '@app/event-store';
import { Database, type Transaction } from '@app/persistence';
import { commandMetadata } from '../command-metadata.factory.js';
import { ServiceMetrics } from '../metrics/service-metrics.js';
import { toDomainError } from '../errors/to-domain-error.js';
import { isCommonId } from '../validation/vendor-field.decorators.js';
import type { CommandRouteSpec, RefusedRequest } from './command-route.decorator.js';
import { CommandRouteRegistry } from './command-route.registry.js';

/** Refusals of a request's shape: its command never ran, so the runner logged nothing. */
const LOGGED_CODES: ReadonlySet<ErrorCode> = new Set(['VALIDATION_FAILED', 'UNKNOWN_COMMAND']);
const COMMAND_NAME = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;

function readable(value: unknown, pattern: RegExp): string | null {
  return typeof value === 'string' && pattern.test(value) ? value : null;
}

/**
 * Writes the command-log row of a request to a command route that was refused before its
 * command ran (API.md §8: compliance asks who tried and was refused). A refusal the command
 * runner already logged (the same request id and arrival) is not written twice.
 */
@Injectable()
export class RefusedCommandLog {
  constructor(
    private readonly db: Database,
    private readonly routes: CommandRouteRegistry,
    private readonly metrics: ServiceMetrics,
  ) {}

  /** Never throws: the client's answer must not depend on this row. */
  async record(error: unknown, request: FastifyRequest): Promise<void> {
    const code = toDomainError(error).code;
    const spec = this.routes.specOf(request.method, request.routeOptions.url);
    if (!spec || !LOGGED_CODES.has(code)) return;
    try {
      const entry = this.entryOf(spec, request, code);
      const logged = await this.db.transaction(async (tx) => {
        if (await this.alreadyLogged(tx, entry)) return false;
        await writeCommandLog(tx, entry);
        return true;
      });
      if (logged) this.metrics.command(entry.commandName, 'rejected');
    } catch {
      request.log.warn({ code }, 'refused command not logged');
    }
  }

  private entryOf(
    spec: CommandRouteSpec,
    request: FastifyRequest,
    code: ErrorCode,
  ): CommandLogEntry {
    const refused: RefusedRequest = {
      body: request.body,
      params: (request.params ?? {}) as Record<string, string>,
    };
    const meta = commandMetadata(request, spec.source);
    const name =
      typeof spec.commandName === 'string' ? spec.commandName : spec.commandName(refused);
    const customerId = spec.customerId?.(refused);
    return {
      commandId: meta.commandId,
      commandName: readable(name, COMMAND_NAME) ?? 'UnreadableCommand',
      source: spec.source,
      actor: meta.actor,
      customerId: isCommonId(customerId) ? customerId : null,
      outcome: 'rejected',
      errorCode: code,
      requestId: meta.requestId,
      receivedAt: meta.receivedAt,
      durationMs: Math.max(0, Date.now() - Date.parse(meta.receivedAt)),
    };
  }

  private async alreadyLogged(tx: Transaction, entry: CommandLogEntry): Promise<boolean> {
    const found = await tx
      .getRepository(CommandLogEntity)
      .findOneBy({ requestId: entry.requestId, receivedAt: entry.receivedAt });
    return found !== null;
  }
}
