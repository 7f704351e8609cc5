import { eventRows } from '../events/event-rows.js';
import { EventEntity, type EventRow } from '@app/event-store';
import type { EventCursor } from '../filters/audit-cursor.js';
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
 * The matching events up to `last`, a page at a time by keyset on position (whatever the
 * filter: the file is checked in position order), each page handed to `convert` and what it
 * makes yielded: the rows are dropped before the consumer takes the text, so that however slow
 * the reader they die young (rows kept across collections would be promoted, and kept until a
 * full collection). The consumer pulls the next page only when it is ready.
 */
export async function* exportedPages<T>(
  snapshot: LogSnapshot,
  filter: EventFilter,
  last: number,
  convert: (rows: readonly EventRow[]) => T,
): AsyncGenerator<T> {
  let after: EventCursor | undefined;
  for (;;) {
    const rows = await snapshot.read((m) =>
      eventRows(
        eventQuery(m, filter, after, 'position')
          .andWhere('e.position <= :last', { last })
          .limit(EXPORT_PAGE),
      ),
    );
    const tail = rows.at(-1);
    const done = rows.length < EXPORT_PAGE || !tail;
    if (tail) after = { position: Number(tail.position) };
    if (rows.length > 0) yield convert(rows);
    if (done) return;
  }
}
