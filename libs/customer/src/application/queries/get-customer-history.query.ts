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
export class GetCustomerHistoryHandler implements IQueryHandler<
  GetCustomerHistoryQuery,
  HistoryPage
> {
  constructor(private readonly store: CustomerStore) {}

  async execute({
    customerId,
    afterVersion,
    limit,
  }: GetCustomerHistoryQuery): Promise<HistoryPage> {
    // One more than asked tells whether another page follows.
    const events = await this.store.history(customerId, { afterVersion, limit: limit + 1 });
    if (events.length === 0 && !(await this.store.find(customerId))) {
      throw new CustomerNotFoundError(customerId);
    }
    const items = events.slice(0, limit);
    const more = events.length > limit;
    return { items, ...(more ? { nextCursor: String(items.at(-1)!.version) } : {}) };
  }
}
