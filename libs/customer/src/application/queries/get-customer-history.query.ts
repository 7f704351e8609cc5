import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { StoredEvent } from '@app/event-store';
import { CustomerNotFoundError } from '../../domain/errors/customer.errors.js';
import { CustomerStore } from '../ports/customer.store.js';

export interface HistoryPage {
  readonly items: readonly StoredEvent[];
  readonly nextCursor?: string;
}

/** A customer's events, oldest first, a page at a time; the cursor is the last version seen. */
export class GetCustomerHistoryQuery {
  constructor(
    readonly customerId: string,
    readonly afterVersion: number,
    readonly limit: number,
  ) {}
}

@QueryHandler(GetCustomerHistoryQuery)
export class GetCustomerHistoryHandler implements IQueryHandler<GetCustomerHistoryQuery, HistoryPage> {
  constructor(private readonly store: CustomerStore) {}

  async execute({ customerId, afterVersion, limit }: GetCustomerHistoryQuery): Promise<HistoryPage> {
    const events = await this.store.history(customerId);
    if (events.length === 0) throw new CustomerNotFoundError(customerId);
    const page = events.filter((e) => e.version > afterVersion).slice(0, limit);
    const last = page.at(-1);
    const more = last !== undefined && last.version < events.at(-1)!.version;
    return { items: page, ...(more ? { nextCursor: String(last.version) } : {}) };
  }
}
