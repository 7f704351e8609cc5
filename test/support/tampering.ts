import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { CustomerEntity } from '@app/customer';
import {
  EventEntity,
  eventColumnsOf,
  eventHash,
  OPS_STREAM,
  toStoredEvent,
  writeCommandLog,
  type EventRow,
} from '@app/event-store';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import type { TestApp } from './test-app.js';

/**
 * What a forged append writes: its type and data, and the seal it carries: `none` (the
 * default), `copied` from the stream's last genuine row (all an attacker can reuse), or
 * `made-up` (well-formed hex, made without the key).
 */
export interface Forgery {
  readonly type?: string;
  readonly data?: Record<string, unknown>;
  readonly seal?: 'none' | 'copied' | 'made-up';
}

const FORGED_SEALS = { none: null, 'made-up': 'f'.repeat(64) } as const;

/** Direct access to the events table, as someone with database access would tamper with it. */
export function tamperer(t: TestApp) {
  const dataSource = t.app.get<DataSource>(DATA_SOURCE);
  const events = () => dataSource.getRepository(EventEntity);
  const row = (streamId: string, version: number) =>
    events().findOneByOrFail({ streamId, version });
  return {
    dataSource,
    row,
    update: (streamId: string, version: number, change: Partial<EventRow>) =>
      events().update({ streamId, version }, change),
    remove: (streamId: string, version: number) => events().delete({ streamId, version }),
    insert: (forged: Omit<EventRow, 'position'>) => events().insert(forged),
    /** Exchanges every column but `position` between two rows: the log's order is changed. */
    async reorder(streamId: string, a: number, b: number): Promise<void> {
      const [first, second] = [await row(streamId, a), await row(streamId, b)];
      const { position: p1, ...one } = first;
      const { position: p2, ...two } = second;
      await events().update({ position: p1 }, { ...one, version: -1, eventId: 'swap' });
      await events().update({ position: p2 }, one);
      await events().update({ position: p1 }, two);
    },
    /**
     * Appends an event at the end of a stream as someone with write access to the database but
     * without the server's secret would: correctly hashed and linked, with an accepted
     * command-log row of its own and, for a customer stream, the read model's version moved up
     * to it. Every keyless check passes; only the seal can give it away. Returns its version.
     */
    async appendForged(streamId: string, forgery: Forgery = {}): Promise<number> {
      const last = await events().findOneOrFail({
        where: { streamId },
        order: { version: 'DESC' },
      });
      const genuine = toStoredEvent(last);
      const commandId = randomUUID();
      const metadata = { ...genuine.metadata, commandId, requestId: `forged-${commandId}` };
      const content = {
        eventId: randomUUID(),
        streamId,
        version: genuine.version + 1,
        type: forgery.type ?? genuine.type,
        occurredAt: new Date().toISOString(),
        data: forgery.data ?? genuine.data,
        metadata,
        prevHash: genuine.hash,
      };
      const hash = eventHash(content);
      const seal = forgery.seal === 'copied' ? last.seal : FORGED_SEALS[forgery.seal ?? 'none'];
      await dataSource.transaction(async (tx) => {
        await tx.getRepository(EventEntity).insert({
          ...content,
          ...eventColumnsOf(metadata),
          data: JSON.stringify(content.data),
          metadata: JSON.stringify(metadata),
          hash,
          seal,
        });
        await writeCommandLog(tx, {
          ...metadata,
          customerId: streamId === OPS_STREAM ? null : streamId,
          outcome: 'accepted',
          receivedAt: content.occurredAt,
          durationMs: 1,
        });
        if (streamId !== OPS_STREAM) {
          await tx.getRepository(CustomerEntity).increment({ customerId: streamId }, 'version', 1);
        }
      });
      return content.version;
    },
  };
}
