import BetterSqlite from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { API_CLIENT_ENTITIES } from '@app/auth';
import { CUSTOMER_ENTITIES } from '@app/customer';
import {
  AUDIT_ENTITIES,
  eventColumnsOf,
  eventHash,
  EventSealer,
  GENESIS_HASH,
  type EventMetadata,
} from '@app/event-store';
import { openDataSource } from '@app/persistence';
import { BENCH_JWT_SECRET } from './bench-server.js';
import { eventData, SOURCES, TYPES } from './seed-shapes.js';

export interface SeedPlan {
  readonly customers: number;
  readonly eventsPerCustomer: number;
  readonly clients: number;
  readonly start: Date;
  readonly span: number; // milliseconds from the first event to the last
}

export const customerIdOf = (i: number) => `cst_${String(i).padStart(7, '0')}`;
export const clientIdOf = (i: number) => `client_${String(i).padStart(2, '0')}`;

/**
 * A log of `customers × eventsPerCustomer` events, written into the real schema (migrations run
 * first) with direct inserts: every chain hashed, linked and sealed with the server's key, one
 * accepted command per event (and its event type), one read-model row per customer at its head
 * version. Streams interleave as in production: event round r of every customer, then round
 * r + 1.
 */
export async function seedLog(path: string, plan: SeedPlan): Promise<void> {
  const dataSource = await openDataSource(
    { kind: 'sqlite', path },
    { entities: [...AUDIT_ENTITIES, ...CUSTOMER_ENTITIES, ...API_CLIENT_ENTITIES] },
  );
  await dataSource.destroy();
  const db = new BetterSqlite(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF'); // seeding only: the bench measures reads
  const insertEvent = db.prepare(
    `INSERT INTO events (event_id, stream_id, version, type, data, metadata, occurred_at, prev_hash, hash,
       seal, command_id, client_id, command_name, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  const insertType = db.prepare(
    'INSERT INTO command_event_types (type, received_at, command_id) VALUES (?, ?, ?)',
  );
  const insertCommand = db.prepare(
    `INSERT INTO command_log (command_id, command_name, source, actor_client_id, customer_id, outcome,
       error_code, request_id, received_at, duration_ms) VALUES (?,?,?,?,?,'accepted',NULL,?,?,3)`,
  );
  const sealer = EventSealer.fromSecret(BENCH_JWT_SECRET);
  const heads: string[] = new Array<string>(plan.customers).fill(GENESIS_HASH);
  const total = plan.customers * plan.eventsPerCustomer;
  const step = plan.span / total;
  let n = 0;
  for (let round = 0; round < plan.eventsPerCustomer; round++) {
    db.transaction(() => {
      for (let c = 0; c < plan.customers; c++) {
        const occurredAt = new Date(plan.start.getTime() + n++ * step).toISOString();
        const client = (c * 7 + round) % plan.clients;
        const [source, commandName] = SOURCES[client % SOURCES.length]!;
        const type = round === 0 ? 'CustomerRegistered' : TYPES[(c + round) % TYPES.length]!;
        const metadata: EventMetadata = {
          commandName: round === 0 ? 'RegisterCustomer' : commandName,
          commandId: randomUUID(),
          requestId: `req-${n}`,
          source: round === 0 ? 'api' : source,
          actor: { clientId: clientIdOf(client) },
          schemaVersion: 1,
        };
        const event = {
          eventId: randomUUID(),
          streamId: customerIdOf(c),
          version: round + 1,
          type,
          occurredAt,
          data: eventData(type, c, round),
          metadata,
          prevHash: heads[c]!,
        };
        const hash = eventHash(event);
        heads[c] = hash;
        const columns = eventColumnsOf(metadata);
        insertEvent.run(
          event.eventId,
          event.streamId,
          event.version,
          type,
          JSON.stringify(event.data),
          JSON.stringify(metadata),
          occurredAt,
          event.prevHash,
          hash,
          sealer.seal(hash),
          columns.commandId,
          columns.clientId,
          columns.commandName,
          columns.source,
        );
        insertCommand.run(
          metadata.commandId,
          metadata.commandName,
          metadata.source,
          metadata.actor.clientId,
          event.streamId,
          metadata.requestId,
          occurredAt,
        );
        insertType.run(type, occurredAt, metadata.commandId);
      }
    })();
  }
  seedReadModel(db, plan);
  db.close();
}

function seedReadModel(db: BetterSqlite.Database, plan: SeedPlan): void {
  const insert = db.prepare(
    `INSERT INTO customers (customer_id, customer_type, reference, version, state, created_at, updated_at)
     VALUES (?, 'individual', NULL, ?, ?, ?, ?)`,
  );
  const at = plan.start.toISOString();
  db.transaction(() => {
    for (let c = 0; c < plan.customers; c++) {
      const state = JSON.stringify({
        customerId: customerIdOf(c),
        version: plan.eventsPerCustomer,
      });
      insert.run(customerIdOf(c), plan.eventsPerCustomer, state, at, at);
    }
  })();
}
