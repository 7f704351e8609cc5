import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { systemClock } from '@app/core';
import { RegisterCustomerHandler } from './application/commands/register-customer/register-customer.handler.js';
import { UpdateContactInfoHandler } from './application/commands/update-contact-info/update-contact-info.handler.js';
import { UpdateContactHandler } from './application/commands/update-contact/update-contact.handler.js';
import { UpdateCustomerHandler } from './application/commands/update-customer/update-customer.handler.js';
import { CustomerCommandRunner } from './application/customer-command-runner.js';
import { CustomerStore } from './application/ports/customer.store.js';
import { FindCustomerByContactHandler } from './application/queries/find-customer-by-contact.query.js';
import { GetCustomerHistoryHandler } from './application/queries/get-customer-history.query.js';
import { GetCustomerHandler } from './application/queries/get-customer.query.js';
import { CLOCK, ID_GENERATOR } from './application/tokens.js';
import { TypeOrmCustomerStore } from './infrastructure/typeorm-customer.store.js';
import { ulidIdGenerator } from './infrastructure/ulid-id-generator.js';

const HANDLERS = [
  RegisterCustomerHandler,
  UpdateContactHandler,
  UpdateCustomerHandler,
  UpdateContactInfoHandler,
  GetCustomerHandler,
  GetCustomerHistoryHandler,
  FindCustomerByContactHandler,
];

/**
 * The customer use cases, wired to TypeORM; expects Database, EventStore, CommandRunner and
 * CONTACT_VERIFICATION_POLICY from the app.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: ID_GENERATOR, useValue: ulidIdGenerator },
    { provide: CustomerStore, useClass: TypeOrmCustomerStore },
    CustomerCommandRunner,
    ...HANDLERS,
  ],
  exports: [CustomerCommandRunner, CustomerStore, CLOCK, ID_GENERATOR],
})
export class CustomerModule {}
