import type { DataSource } from 'typeorm';
import type { DatabaseKind } from './databases.js';

export const PLAN_ROWS = 20_000;

const pick = (values: readonly string[], n: string, sqlite: boolean) =>
  sqlite
    ? `json_extract('${JSON.stringify(values)}', '$[' || (${n} % ${values.length}) || ']')`
    : `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])[${n} % ${values.length} + 1]`;

const TYPES = [
  'EmailChanged',
  'MobileChanged',
  'AddressChanged',
  'PhoneChanged',
  'CustomerRegistered',
];
const NAMES = [
  'UpdateContactCommand',
  'UpdateCustomerCommand',
  'UpdateContactInfoCommand',
  'RegisterCustomer',
];
const SOURCES = ['bpm', 'connectfi', 'condor', 'wallet', 'api', 'ops'];
const OUTCOMES = ['accepted', 'accepted', 'accepted', 'noop', 'rejected'];

/**
 * PLAN_ROWS events and commands spread as a production log is (2000 customers, 20 clients,
 * a minute apart), written by SQL in one statement each, so that PostgreSQL's planner has
 * statistics to plan with (ANALYZE). SQLite has none either way: its plans do not depend on
 * the rows. The rows are not chained or sealed: only their plans are looked at.
 */
export async function seedPlanRows(dataSource: DataSource, database: DatabaseKind): Promise<void> {
  const sqlite = database === 'sqlite';
  const series = sqlite
    ? `WITH RECURSIVE s(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM s WHERE g < ${PLAN_ROWS}) SELECT`
    : 'SELECT';
  const from = sqlite ? 'FROM s' : `FROM generate_series(1, ${PLAN_ROWS}) AS s(g)`;
  const text = (n: string) => (sqlite ? `(${n})` : `(${n})::text`);
  const time = sqlite
    ? `strftime('%Y-%m-%dT%H:%M:%fZ', '2025-01-01', '+' || g || ' minutes')`
    : `to_char(timestamp '2025-01-01' + g * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  await dataSource.query(
    `INSERT INTO events (event_id, stream_id, version, type, data, metadata, occurred_at, prev_hash, hash,
       command_id, client_id, command_name, source)
     ${series} 'plan-' || ${text('g')}, 'cst_' || ${text('g % 2000')}, g / 2000 + 1, ${pick(TYPES, 'g', sqlite)},
       '{}', '{}', ${time}, '${'0'.repeat(64)}', '${'0'.repeat(64)}', 'cmd-' || ${text('g')},
       'client_' || ${text('g % 20')}, ${pick(NAMES, 'g', sqlite)}, ${pick(SOURCES, 'g', sqlite)} ${from}`,
  );
  await dataSource.query(
    `INSERT INTO command_log (command_id, command_name, source, actor_client_id, customer_id, outcome,
       error_code, request_id, received_at, duration_ms)
     ${series} 'cmd-' || ${text('g')}, ${pick(NAMES, 'g', sqlite)}, ${pick(SOURCES, 'g', sqlite)},
       'client_' || ${text('g % 20')}, 'cst_' || ${text('g % 2000')}, ${pick(OUTCOMES, 'g', sqlite)},
       NULL, 'req-' || ${text('g')}, ${time}, 3 ${from}`,
  );
  await dataSource.query(
    `INSERT INTO command_event_types (type, received_at, command_id)
     SELECT e.type, c.received_at, c.command_id FROM events e JOIN command_log c ON c.command_id = e.command_id
     WHERE e.event_id LIKE 'plan-%'`,
  );
  if (!sqlite) await dataSource.query('ANALYZE events, command_log, command_event_types');
}
