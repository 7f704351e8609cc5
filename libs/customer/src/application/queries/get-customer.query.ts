import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import type { Clock } from '@app/core';
import { Customer } from '../../domain/customer.aggregate.js';
import type { CustomerState } from '../../domain/customer.types.js';
import { CustomerNotFoundError } from '../../domain/errors/customer.errors.js';
import { CustomerStore } from '../ports/customer.store.js';
import { customerEventOf } from '../replay/customer-event-of.js';
import { CLOCK } from '../tokens.js';

/** The current view, or the view as it was at a version or a time (rebuilt from the events). */
export class GetCustomerQuery {
  constructor(
    readonly customerId: string,
    readonly at?: { readonly version?: number; readonly asOf?: string },
  ) {}
}

@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery, CustomerState> {
  constructor(
    private readonly store: CustomerStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ customerId, at }: GetCustomerQuery): Promise<CustomerState> {
    if (!at) {
      const state = await this.store.find(customerId);
      if (!state) throw new CustomerNotFoundError(customerId);
      return state;
    }
    // Stored times are ISO UTC with milliseconds, so one normalised string compares exactly.
    const until = at.asOf === undefined ? undefined : new Date(at.asOf).toISOString();
    const events = await this.store.history(customerId, {
      ...(at.version !== undefined ? { version: at.version } : {}),
      ...(until !== undefined ? { until } : {}),
    });
    const reached = at.version === undefined || events.at(-1)?.version === at.version;
    if (events.length === 0 || !reached) throw new CustomerNotFoundError(customerId);
    return Customer.fromEvents(events.map(customerEventOf), this.clock).state;
  }
}
