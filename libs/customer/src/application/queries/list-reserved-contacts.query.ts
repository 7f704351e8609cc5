import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ContactClaimsStore, type ReservedContactsPage } from '../ports/contact-claims.store.js';

/** The removed (reserved) contacts, oldest key first, optionally of one customer (API.md §7). */
export class ListReservedContactsQuery {
  constructor(
    readonly filter: {
      readonly customerId?: string;
      readonly after?: string;
      readonly limit: number;
    },
  ) {}
}

@QueryHandler(ListReservedContactsQuery)
export class ListReservedContactsHandler implements IQueryHandler<
  ListReservedContactsQuery,
  ReservedContactsPage
> {
  constructor(private readonly claims: ContactClaimsStore) {}

  execute({ filter }: ListReservedContactsQuery): Promise<ReservedContactsPage> {
    return this.claims.listReserved(filter);
  }
}
