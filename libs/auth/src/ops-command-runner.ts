import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError, type Clock } from '@app/core';
import {
  EventEntity,
  StreamVersionClashError,
  writeCommandLog,
  type CommandLogEntry,
  type EventStore,
} from '@app/event-store';
import type { Database } from '@app/persistence';

/** Every operations event shares this stream (API.md §8). */
export const OPS_STREAM = 'ops';
/** The ops stream is shared by all ops writers, so a clash is expected now and then; bounded anyway. */
const MAX_ATTEMPTS = 10;

export interface OpsCommand {
  readonly commandName: string;
  readonly requestId: string;
  readonly actorClientId: string;
}

export interface OpsEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/** What a command's work returns: its answer and the events that record it (none for a no-op). */
export interface OpsOutcome<T> {
  readonly result: T;
  readonly events: readonly OpsEvent[];
}

/**
 * Runs an operations command: its state change, its events on stream `ops` and its command-log
 * row in one transaction, retried from scratch when another writer appended to `ops` first.
 */
export class OpsCommandRunner {
  constructor(
    private readonly db: Database,
    private readonly eventStore: EventStore,
    private readonly clock: Clock,
  ) {}

  async run<T>(
    command: OpsCommand,
    work: (manager: EntityManager) => Promise<OpsOutcome<T>>,
  ): Promise<T> {
    const started = performance.now();
    const commandId = randomUUID();
    const receivedAt = this.clock.now();
    const entry = (outcome: CommandLogEntry['outcome'], errorCode?: string): CommandLogEntry => ({
      commandId,
      commandName: command.commandName,
      source: 'ops',
      actor: { clientId: command.actorClientId },
      customerId: null,
      outcome,
      ...(errorCode ? { errorCode } : {}),
      requestId: command.requestId,
      receivedAt,
      durationMs: Math.round(performance.now() - started),
    });
    try {
      return await this.attempt(command, commandId, work, entry);
    } catch (error) {
      const code = error instanceof DomainError ? error.code : 'INTERNAL';
      // The rejection is what the caller must see; a failing log write must not replace it.
      await this.db
        .transaction((m) => writeCommandLog(m, entry('rejected', code)))
        .catch(() => undefined);
      throw error;
    }
  }

  private async attempt<T>(
    command: OpsCommand,
    commandId: string,
    work: (manager: EntityManager) => Promise<OpsOutcome<T>>,
    entry: (outcome: CommandLogEntry['outcome']) => CommandLogEntry,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction(async (manager) => {
          const { result, events } = await work(manager);
          if (events.length > 0) await this.append(manager, command, commandId, events);
          await writeCommandLog(manager, entry(events.length > 0 ? 'accepted' : 'noop'));
          return result;
        });
      } catch (error) {
        if (!(error instanceof StreamVersionClashError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async append(
    manager: EntityManager,
    command: OpsCommand,
    commandId: string,
    events: readonly OpsEvent[],
  ): Promise<void> {
    const last = await manager
      .getRepository(EventEntity)
      .findOne({ where: { streamId: OPS_STREAM }, order: { version: 'DESC' } });
    const occurredAt = this.clock.now();
    const metadata = {
      commandName: command.commandName,
      commandId,
      requestId: command.requestId,
      source: 'ops' as const,
      actor: { clientId: command.actorClientId },
      schemaVersion: 1,
    };
    await this.eventStore.append(
      manager,
      OPS_STREAM,
      last?.version ?? 0,
      events.map((event) => ({ ...event, occurredAt, metadata })),
    );
  }
}
