import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Database, uniqueViolationTable } from '@app/persistence';
import {
  EventStore,
  StreamVersionClashError,
  writeCommandLog,
  type StoredEvent,
  type StreamRange,
} from '@app/event-store';
import { CustomerAlreadyExistsError } from '../domain/errors/customer.errors.js';
import type { CustomerState } from '../domain/customer.types.js';
import {
  CustomerStore,
  StaleVersionError,
  type CustomerChange,
} from '../application/ports/customer.store.js';
import { ContactClaimEntity } from './contact-claim.entity.js';
import { reconcileClaims } from './contact-claims.js';
import { CustomerEntity } from './customer.entity.js';
import { toCustomerRow, toCustomerState } from './customer-row.mapper.js';

/** Customers on TypeORM: events, read model, claims and command log change in one transaction. */
@Injectable()
export class TypeOrmCustomerStore extends CustomerStore {
  constructor(
    private readonly db: Database,
    private readonly events: EventStore,
  ) {
    super();
  }

  load(customerId: string): Promise<CustomerState | null> {
    return this.db.read(async (manager) => {
      const row = await manager.getRepository(CustomerEntity).findOneBy({ customerId });
      return row ? toCustomerState(row) : null;
    });
  }

  async save(change: CustomerChange): Promise<void> {
    const { current } = change;
    try {
      await this.db.transaction(async (manager) => {
        await this.appendEvents(manager, change);
        await this.writeReadModel(manager, change);
        await reconcileClaims(
          manager,
          current.customerId,
          change.previousClaims,
          change.currentClaims,
          current.updatedAt,
        );
        await writeCommandLog(manager, change.commandLog);
      });
    } catch (error) {
      const isNew = change.previous === null;
      const clash =
        error instanceof StreamVersionClashError || uniqueViolationTable(error) === 'customers';
      if (clash && isNew) throw new CustomerAlreadyExistsError(current.customerId);
      if (clash) throw new StaleVersionError(current.customerId);
      throw error;
    }
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

  private async appendEvents(manager: EntityManager, change: CustomerChange): Promise<void> {
    const expected = change.previous?.version ?? 0;
    await this.events.append(
      manager,
      change.current.customerId,
      expected,
      change.events.map((event) => ({
        type: event.type,
        occurredAt: event.occurredAt,
        data: event.data,
        metadata: { ...change.metadata, schemaVersion: event.schemaVersion },
      })),
    );
  }

  private async writeReadModel(manager: EntityManager, change: CustomerChange): Promise<void> {
    const repository = manager.getRepository(CustomerEntity);
    const row = toCustomerRow(change.current);
    if (change.previous === null) {
      await repository.insert(row);
      return;
    }
    const result = await repository.update(
      { customerId: row.customerId, version: change.previous.version },
      row,
    );
    if (result.affected === 0) throw new StaleVersionError(row.customerId);
  }
}
