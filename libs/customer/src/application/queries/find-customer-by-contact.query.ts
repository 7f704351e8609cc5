import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { CustomerState } from '../../domain/customer.types.js';
import { CustomerStore } from '../ports/customer.store.js';

/** Looks up the customer whose active claimed contact has this key (`email:…` / `mobile:+…`). */
export class FindCustomerByContactQuery {
  constructor(readonly contactKey: string) {}
}

@QueryHandler(FindCustomerByContactQuery)
export class FindCustomerByContactHandler implements IQueryHandler<
  FindCustomerByContactQuery,
  CustomerState[]
> {
  constructor(private readonly store: CustomerStore) {}

  async execute({ contactKey }: FindCustomerByContactQuery): Promise<CustomerState[]> {
    const customerId = await this.store.findIdByContact(contactKey);
    const state = customerId ? await this.store.find(customerId) : null;
    return state ? [state] : [];
  }
}
