import { randomUUID } from 'node:crypto';
import type { Clock } from '@app/core';
import type { Transaction } from '@app/persistence';
import { AT_HEAD, type EventStore } from '../event-store.js';
import type { CommandRunner } from './command-runner.js';
import { eventMetadata } from './command-metadata.js';

/** Every operations event shares this stream (API.md §8). */
export const OPS_STREAM = 'ops';

export interface OpsCommand {
  readonly commandName: string;
  readonly requestId: string;
  readonly actorClientId: string;
  /** When the request arrived; now, for commands the service starts itself. */
  readonly receivedAt?: string;
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
 * Operations commands (clients, contact releases) through the one CommandRunner: their state
 * change, their events on stream `ops` and their command-log row in one transaction that holds
 * the `ops` stream's lock.
 */
export class OpsCommandRunner {
  constructor(
    private readonly runner: CommandRunner,
    private readonly eventStore: EventStore,
    private readonly clock: Clock,
  ) {}

  run<T>(command: OpsCommand, work: (tx: Transaction) => Promise<OpsOutcome<T>>): Promise<T> {
    const metadata = {
      commandId: randomUUID(),
      requestId: command.requestId,
      source: 'ops' as const,
      actor: { clientId: command.actorClientId },
      receivedAt: command.receivedAt ?? this.clock.now(),
    };
    const { commandName } = command;
    return this.runner.run(
      { commandName, streamId: OPS_STREAM, customerId: null, metadata },
      async (tx) => {
        const { result, events } = await work(tx);
        if (events.length > 0) {
          const occurredAt = this.clock.now();
          const eventMeta = { ...eventMetadata(commandName, metadata), schemaVersion: 1 };
          // The stream's lock is held, so its head cannot move under us: append after it.
          await this.eventStore.append(
            tx,
            OPS_STREAM,
            AT_HEAD,
            events.map((event) => ({ ...event, occurredAt, metadata: eventMeta })),
          );
        }
        return { result, changed: events.length > 0 };
      },
    );
  }
}
