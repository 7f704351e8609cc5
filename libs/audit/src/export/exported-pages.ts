import { eventRows } from '../events/event-rows.js';
import { EventEntity, type EventRow } from '@app/event-store';
import type { EventFilter } from '../filters/audit-filter.js';
import { eventQuery } from '../events/event-query.js';
import type { LogSnapshot } from './log-snapshot.js';

export const EXPORT_PAGE = 1000;

/** The last position of the log in the snapshot: where an export stops. */
export async function lastPosition(snapshot: LogSnapshot): Promise<number> {
  const row = await snapshot.read((m) =>
    m
      .getRepository(EventEntity)
      .createQueryBuilder('e')
      .select('MAX(e.position)', 'last')
      .getRawOne<{ last: number | string | null }>(),
  );
  return Number(row?.last ?? 0);
}

/**
 * The matching events up to `last`, a page at a time by keyset on position, so that memory
 * holds one page however long the log; the consumer pulls the next page only when it is ready.
 */
export async function* exportedPages(
  snapshot: LogSnapshot,
  filter: EventFilter,
  last: number,
): AsyncGenerator<EventRow[]> {
  let after: number | undefined;
  for (;;) {
    const rows = await snapshot.read((m) =>
      eventRows(
        eventQuery(m, filter, after).andWhere('e.position <= :last', { last }).limit(EXPORT_PAGE),
      ),
    );
    if (rows.length > 0) yield rows;
    const tail = rows.at(-1);
    if (rows.length < EXPORT_PAGE || !tail) return;
    after = Number(tail.position);
  }
}
