import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { systemClock } from '@app/core';
import { RegisterCustomerHandler } from './application/commands/register-customer/register-customer.handler.js';
import { UpdateContactInfoHandler } from './application/commands/update-contact-info/update-contact-info.handler.js';
import { UpdateContactHandler } from './application/commands/update-contact/update-contact.handler.js';
import { UpdateCustomerHandler } from './application/commands/update-customer/update-customer.handler.js';
import { CustomerCommandRunner } from './application/customer-command-runner.js';
import { CustomerStore } from './application/ports/customer.store.js';
import { ContactClaimsStore } from './application/ports/contact-claims.store.js';
import { VerificationStore } from './application/verifications/verification.ports.js';
import { InitiateVerificationHandler } from './application/commands/initiate-verification/initiate-verification.handler.js';
import { AttemptVerificationHandler } from './application/commands/attempt-verification/attempt-verification.handler.js';
import { ReleaseContactHandler } from './application/commands/release-contact/release-contact.handler.js';
import { GetVerificationHandler } from './application/queries/get-verification.query.js';
import { ListReservedContactsHandler } from './application/queries/list-reserved-contacts.query.js';
import { TypeOrmContactClaimsStore } from './infrastructure/typeorm-contact-claims.store.js';
import { TypeOrmVerificationStore } from './infrastructure/verifications/typeorm-verification.store.js';
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
  InitiateVerificationHandler,
  AttemptVerificationHandler,
  ReleaseContactHandler,
  GetCustomerHandler,
  GetCustomerHistoryHandler,
  FindCustomerByContactHandler,
  GetVerificationHandler,
  ListReservedContactsHandler,
];

/**
 * The customer use cases, wired to TypeORM; expects Database, EventStore, CommandRunner,
 * OpsCommandRunner, Outbox, VerificationCodes, CONTACT_VERIFICATION_POLICY and
 * VERIFICATION_TTL_SECONDS from the app.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: ID_GENERATOR, useValue: ulidIdGenerator },
    { provide: CustomerStore, useClass: TypeOrmCustomerStore },
    { provide: ContactClaimsStore, useClass: TypeOrmContactClaimsStore },
    { provide: VerificationStore, useClass: TypeOrmVerificationStore },
    CustomerCommandRunner,
    ...HANDLERS,
  ],
  exports: [
    CustomerCommandRunner,
    CustomerStore,
    ContactClaimsStore,
    VerificationStore,
    CLOCK,
    ID_GENERATOR,
  ],
})
export class CustomerModule {}
