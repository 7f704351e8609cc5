import type { DataSource, SelectQueryBuilder } from 'typeorm';
import {
  commandQuery,
  eventOrderOf,
  eventQuery,
  selectingEventRows,
  type CommandFilter,
  type EventCursor,
  type EventOrder,
  type EventFilter,
} from '@app/audit';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { seedPlanRows } from '../support/audit-plan-rows.js';
import { describeEachDatabase, type DatabaseKind } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const FROM = '2025-01-05T00:00:00.000Z';
const TO = '2025-01-06T00:00:00.000Z';
const CURSOR: EventCursor = { position: 7000, occurredAt: '2025-01-05T12:00:00.000Z' };

/** Each filter of the events list, alone and combined, and the index its first page must read. */
const EVENT_CASES: ReadonlyArray<readonly [string, EventFilter, string, EventCursor?]> = [
  ['customerId', { customerId: 'cst_7' }, 'STREAM'],
  ['type', { type: 'EmailChanged' }, 'idx_events_type_position'],
  ['clientId', { clientId: 'client_3' }, 'idx_events_client_position'],
  ['commandName', { commandName: 'UpdateContactCommand' }, 'idx_events_command_name_position'],
  ['source', { source: 'wallet' }, 'idx_events_source_position'],
  ['from', { from: FROM }, 'idx_events_occurred_at_position'],
  ['to', { to: TO }, 'idx_events_occurred_at_position'],
  ['from + to', { from: FROM, to: TO }, 'idx_events_occurred_at_position'],
  ['type + time', { type: 'EmailChanged', from: FROM, to: TO }, 'idx_events_type_occurred'],
  ['client + time', { clientId: 'client_3', from: FROM }, 'idx_events_client_occurred'],
  [
    'command + time',
    { commandName: 'RegisterCustomer', to: TO },
    'idx_events_command_name_occurred',
  ],
  ['source + time', { source: 'bpm', from: FROM, to: TO }, 'idx_events_source_occurred'],
  ['customer + type', { customerId: 'cst_7', type: 'EmailChanged' }, 'STREAM'],
  [
    'customer + type + client',
    { customerId: 'cst_7', type: 'EmailChanged', clientId: 'client_7' },
    'STREAM',
  ],
  ['customer + type + time', { customerId: 'cst_7', type: 'EmailChanged', from: FROM }, 'STREAM'],
  [
    'type + client',
    { type: 'EmailChanged', clientId: 'client_3' },
    'idx_events_type_client_position',
  ],
  [
    'type + time, next page',
    { type: 'EmailChanged', from: FROM },
    'idx_events_type_occurred',
    CURSOR,
  ],
  ['from, next page', { from: FROM }, 'idx_events_occurred_at_position', CURSOR],
  ['client, next page', { clientId: 'client_3' }, 'idx_events_client_position', { position: 7000 }],
];

/** The same for the command log, which pages on (received_at, command_id). */
const COMMAND_CASES: ReadonlyArray<readonly [string, CommandFilter, string]> = [
  ['customerId', { customerId: 'cst_7' }, 'idx_command_log_customer_received'],
  ['clientId', { clientId: 'client_3' }, 'idx_command_log_client_received'],
  ['commandName', { commandName: 'RegisterCustomer' }, 'idx_command_log_name_received'],
  ['source', { source: 'condor' }, 'idx_command_log_source_received'],
  ['outcome', { outcome: 'rejected' }, 'idx_command_log_outcome_received'],
  ['from', { from: FROM }, 'idx_command_log_received'],
  ['to', { to: TO }, 'idx_command_log_received'],
  [
    'client + outcome',
    { clientId: 'client_3', outcome: 'accepted' },
    'idx_command_log_client_received',
  ],
  [
    'customer + time',
    { customerId: 'cst_7', from: FROM, to: TO },
    'idx_command_log_customer_received',
  ],
  ['source + outcome', { source: 'bpm', outcome: 'noop' }, 'idx_command_log_source_received'],
  ['type', { type: 'EmailChanged' }, 'TYPES'],
  ['type + time', { type: 'EmailChanged', from: FROM, to: TO }, 'TYPES'],
  ['type + client', { type: 'EmailChanged', clientId: 'client_3' }, 'TYPES'],
];

/**
 * PostgreSQL plans by statistics, which a test table of thousands of rows cannot make look like
 * a million: with these off it takes any plan that reads rows in page order through an index,
 * and falls back to a sort or a full scan only when the query leaves it no such plan.
 */
const PG_LAST_RESORTS = ['enable_seqscan', 'enable_bitmapscan', 'enable_sort', 'enable_hashjoin'];

/** The plan of a query, one line per step, as the database explains it. */
async function planOf(
  dataSource: DataSource,
  database: DatabaseKind,
  query: SelectQueryBuilder<object>,
): Promise<string> {
  const [sql, parameters] = query.getQueryAndParameters();
  if (database === 'sqlite') {
    const rows: Array<{ detail: string }> = await dataSource.query(
      `EXPLAIN QUERY PLAN ${sql}`,
      parameters,
    );
    return rows.map((row) => row.detail).join('\n');
  }
  return dataSource.transaction(async (tx) => {
    for (const setting of PG_LAST_RESORTS) await tx.query(`SET LOCAL ${setting} = off`);
    const rows: Array<Record<string, string>> = await tx.query(`EXPLAIN ${sql}`, parameters);
    return rows.map((row) => Object.values(row)[0]!.trim()).join('\n');
  });
}

/**
 * What "served by an index" means: the expected index reads the table's rows (on PostgreSQL,
 * walking the index of the list's order over the whole log, or another filter's index, and
 * checking the other filters is allowed too: its statistics may find that cheaper for common
 * values; SQLite, which has none, must take the expected one), no step reads the whole
 * table (SQLite `SCAN e`, PostgreSQL `Seq Scan`), and nothing is sorted: the index hands the rows
 * over in page order, so a first page costs the same at a million events.
 */
function expectIndexed(plan: string, table: 'events' | 'command_log', expected: RegExp) {
  expect(plan).toMatch(expected);
  expect(plan).not.toMatch(new RegExp(`^SCAN ${table === 'events' ? 'e' : 'c'}$`, 'm'));
  expect(plan).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
  expect(plan).not.toMatch(/TEMP B-TREE|Sort/);
}

/** The index that hands the whole log over in each list's order (PostgreSQL may walk it). */
const WALKS: Readonly<Record<EventOrder, string | undefined>> = {
  position: 'pk_events',
  time: 'idx_events_occurred_at_position',
  stream: undefined,
};

function indexPattern(database: DatabaseKind, index: string, walk?: string): RegExp {
  if (index === 'STREAM') return /\b(uq_events_stream_version|sqlite_autoindex_events_\d)\b/;
  if (index === 'TYPES')
    return /\b(pk_command_event_types|sqlite_autoindex_command_event_types_\d)\b/;
  const names = database === 'postgres' && walk ? `${index}|${walk}` : index;
  return new RegExp(`\\b(${names})\\b`);
}

describeEachDatabase('query plans of the audit filters (issue 9)', (database) => {
  let t: TestApp;
  let dataSource: DataSource;
  beforeAll(async () => {
    t = await createTestApp({ database });
    dataSource = t.app.get<DataSource>(DATA_SOURCE);
    await seedPlanRows(dataSource, database);
  }, 60_000);
  afterAll(() => t.close());

  for (const [name, filter, index, after] of EVENT_CASES) {
    it(`reads the events of a page by ${name} from its index`, async () => {
      const query = selectingEventRows(eventQuery(dataSource.manager, filter, after)).limit(101);
      const walk = WALKS[eventOrderOf(filter)];
      const plan = await planOf(dataSource, database, query);
      expectIndexed(plan, 'events', indexPattern(database, index, walk));
    });
  }

  for (const [name, filter, index] of COMMAND_CASES) {
    it(`reads the commands of a page by ${name} from its index`, async () => {
      const query = commandQuery(dataSource.manager, filter).limit(101);
      const plan = await planOf(dataSource, database, query);
      // By type the pages follow command_event_types: no other index can give their order.
      const walk = index === 'TYPES' ? undefined : 'idx_command_log_\\w+';
      expectIndexed(plan, 'command_log', indexPattern(database, index, walk));
    });
  }
});
