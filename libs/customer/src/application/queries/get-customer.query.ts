import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import type { Clock } from '@app/core';
import { Customer } from '../../domain/customer.aggregate.js';
import type { CustomerState } from '../../domain/customer.types.js';
import type { CustomerEvent } from '../../domain/events/customer.event.js';
import { CustomerNotFoundError } from '../../domain/errors/customer.errors.js';
import { CustomerStore } from '../ports/customer.store.js';
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
    const before =
      at.asOf === undefined ? undefined : new Date(Date.parse(at.asOf) + 1).toISOString();
    const events = await this.store.history(customerId, {
      ...(at.version !== undefined ? { version: at.version } : {}),
      ...(before !== undefined ? { before } : {}),
    });
    if (events.length === 0) throw new CustomerNotFoundError(customerId);
    const domainEvents = events.map(
      (e) =>
        ({
          type: e.type,
          schemaVersion: 1,
          occurredAt: e.occurredAt,
          data: e.data,
        }) as unknown as CustomerEvent,
    );
    return Customer.fromEvents(domainEvents, this.clock).state;
  }
}
