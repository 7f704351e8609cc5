import type { EntityManager } from 'typeorm';
import { CustomerEntity } from '@app/customer';
import { CommandLogEntity, EventEntity, OPS_STREAM } from '@app/event-store';
import type { AuditFailure } from './verification-report.js';

/** The command ids among `ids` that have an accepted command-log row. */
export async function acceptedCommands(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  // The outcome is checked here, not in SQL: with it in the WHERE clause SQLite's planner
  // (without statistics) scans the outcome index instead of looking the ids up.
  const rows = await manager
    .getRepository(CommandLogEntity)
    .createQueryBuilder('c')
    .select('c.command_id', 'commandId')
    .addSelect('c.outcome', 'outcome')
    .where('c.command_id IN (:...ids)', { ids })
    .getRawMany<{ commandId: string; outcome: string }>();
  return new Set(rows.filter((row) => row.outcome === 'accepted').map((row) => row.commandId));
}

/**
 * The positions among `positions` of events that `command_event_types` does not list under
 * their type with their command's arrival: `GET /api/audit/commands?type=` would not find that
 * command (a deleted or altered row there hides it). Every lookup is by primary key.
 */
export async function unlistedEventTypes(
  manager: EntityManager,
  positions: readonly number[],
): Promise<Set<number>> {
  if (positions.length === 0) return new Set();
  const rows = await manager
    .getRepository(EventEntity)
    .createQueryBuilder('e')
    .select('e.position', 'position')
    .where('e.position IN (:...positions)', { positions })
    .andWhere(
      `NOT EXISTS (SELECT 1 FROM command_log c, command_event_types t
        WHERE c.command_id = e.command_id AND t.type = e.type
          AND t.received_at = c.received_at AND t.command_id = c.command_id)`,
    )
    .getRawMany<{ position: number | string }>();
  return new Set(rows.map((row) => Number(row.position)));
}

/**
 * Compares each customer stream's last version with its read-model row. One statement reads
 * both, so a command committing meanwhile (it moves both together) cannot look like tampering.
 */
export async function readModelFailures(
  manager: EntityManager,
  streamIds: readonly string[],
): Promise<AuditFailure[]> {
  const customers = streamIds.filter((id) => id !== OPS_STREAM);
  if (customers.length === 0) return [];
  const rows = await manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .select('c.customer_id', 'customerId')
    .addSelect('c.version', 'version')
    .addSelect('(SELECT MAX(e.version) FROM events e WHERE e.stream_id = c.customer_id)', 'head')
    .where('c.customer_id IN (:...customers)', { customers })
    .getRawMany<{ customerId: string; version: number; head: number | string | null }>();
  const found = new Map(rows.map((row) => [row.customerId, row]));
  return customers.flatMap((streamId): AuditFailure[] => {
    const row = found.get(streamId);
    if (!row) return [{ streamId, version: 1, reason: 'missing-read-model' }];
    const [head, version] = [Number(row.head ?? 0), Number(row.version)];
    if (head > version) return [{ streamId, version: version + 1, reason: 'beyond-read-model' }];
    if (head < version) return [{ streamId, version: head + 1, reason: 'missing-version' }];
    return [];
  });
}

/** Customers whose whole stream is gone: the read model names a version the log no longer has. */
export async function streamlessCustomers(
  manager: EntityManager,
  limit: number,
  customerId?: string,
): Promise<AuditFailure[]> {
  const query = manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .select('c.customer_id', 'customerId')
    .where('NOT EXISTS (SELECT 1 FROM events e WHERE e.stream_id = c.customer_id)');
  if (customerId !== undefined) query.andWhere('c.customer_id = :customerId', { customerId });
  const rows = await query
    .orderBy('c.customer_id', 'ASC')
    .limit(limit)
    .getRawMany<{ customerId: string }>();
  return rows.map((row) => ({ streamId: row.customerId, version: 1, reason: 'missing-version' }));
}
