import { Injectable } from '@nestjs/common';
import {
  Database,
  portableQuery,
  runStatement,
  uniqueViolationTable,
  type Transaction,
} from '@app/persistence';
import {
  ConcurrentWriteError,
  EventStore,
  StreamVersionClashError,
  type StoredEvent,
  type StreamRange,
} from '@app/event-store';
import { CustomerAlreadyExistsError } from '../domain/errors/customer.errors.js';
import type { CustomerState } from '../domain/customer.types.js';
import { CustomerStore, type CustomerChange } from '../application/ports/customer.store.js';
import { ContactClaimEntity } from './contact-claim.entity.js';
import { reconcileClaims } from './contact-claims.js';
import { CustomerEntity, type CustomerRow } from './customer.entity.js';
import { toCustomerRow, toCustomerState } from './customer-row.mapper.js';

const SELECT_STATE = 'SELECT state FROM customers WHERE customer_id = $1';

/**
 * Only what a change moves (id, type and creation stay); the version condition is the last guard
 * behind the stream lock.
 */
const UPDATE_STATE = `UPDATE customers SET state = $1, version = $2, updated_at = $3, reference = $4
  WHERE customer_id = $5 AND version = $6`;

/** Customers on TypeORM: events, read model and claims change in the command's transaction. */
@Injectable()
export class TypeOrmCustomerStore extends CustomerStore {
  constructor(
    private readonly db: Database,
    private readonly events: EventStore,
  ) {
    super();
  }

  async load(tx: Transaction, customerId: string): Promise<CustomerState | null> {
    // SQLite has no row locks and needs none: its queue runs one transaction at a time.
    const sql = this.db.isPostgres ? `${SELECT_STATE} FOR UPDATE` : SELECT_STATE;
    return this.stateOf(tx, sql, customerId);
  }

  async save(tx: Transaction, change: CustomerChange): Promise<void> {
    const { current } = change;
    try {
      await this.appendEvents(tx, change);
      await this.writeReadModel(tx, change);
    } catch (error) {
      const taken =
        error instanceof StreamVersionClashError || uniqueViolationTable(error) === 'customers';
      if (taken && change.previous === null)
        throw new CustomerAlreadyExistsError(current.customerId);
      throw error;
    }
    await reconcileClaims(
      tx,
      current.customerId,
      change.previousClaims,
      change.currentClaims,
      current.updatedAt,
    );
  }

  find(customerId: string): Promise<CustomerState | null> {
    return this.db.read((manager) => this.stateOf(manager, SELECT_STATE, customerId));
  }

  findIdByContact(contactKey: string): Promise<string | null> {
    return this.db.read(async (manager) => {
      const claim = await manager
        .getRepository(ContactClaimEntity)
        .findOneBy({ contactKey, status: 'active' });
      return claim?.customerId ?? null;
    });
  }

  history(customerId: string, range?: StreamRange): Promise<StoredEvent[]> {
    return this.db.read((manager) => this.events.readStream(manager, customerId, range));
  }

  private async stateOf(
    manager: Transaction,
    sql: string,
    customerId: string,
  ): Promise<CustomerState | null> {
    const [row] = await portableQuery<Pick<CustomerRow, 'state'>>(manager, sql, [customerId]);
    return row ? toCustomerState(row) : null;
  }

  private async appendEvents(tx: Transaction, change: CustomerChange): Promise<void> {
    await this.events.append(
      tx,
      change.current.customerId,
      change.previous?.version ?? 0,
      change.events.map((event) => ({
        type: event.type,
        occurredAt: event.occurredAt,
        data: event.data,
        metadata: { ...change.metadata, schemaVersion: event.schemaVersion },
      })),
    );
  }

  private async writeReadModel(tx: Transaction, change: CustomerChange): Promise<void> {
    const row = toCustomerRow(change.current);
    if (change.previous === null) {
      await tx.getRepository(CustomerEntity).insert(row);
      return;
    }
    const { affected } = await runStatement(tx, UPDATE_STATE, [
      row.state,
      row.version,
      row.updatedAt,
      row.reference,
      row.customerId,
      change.previous.version,
    ]);
    if (affected === 0) throw new ConcurrentWriteError(row.customerId);
  }
}
