import type { DataSource } from 'typeorm';
import { EventEntity, type EventRow } from '@app/event-store';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import type { TestApp } from './test-app.js';

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
  };
}
