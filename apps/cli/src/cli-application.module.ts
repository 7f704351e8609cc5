import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ApiClientsService, AUTH_OPTIONS, SecretHasher, type AuthOptions } from '@app/auth';
import { systemClock } from '@app/core';
import {
  CONTACT_VERIFICATION_POLICY,
  CustomerModule,
  VERIFICATION_TTL_SECONDS,
  VerificationCodes,
  type IssuedCode,
} from '@app/customer';
import { CommandRunner, EventStore, OpsCommandRunner } from '@app/event-store';
import { Outbox, TypeOrmOutbox } from '@app/notifications';
import { Database } from '@app/persistence';
import type { CliStore } from './cli-database.js';

/** Verification codes are issued and checked by the server only; no CLI command asks for one. */
class NoVerificationCodes extends VerificationCodes {
  issue(): IssuedCode {
    throw new Error('verification codes are issued by the server');
  }

  matches(): boolean {
    return false;
  }
}

/** The CLI issues no tokens: ApiClientsService reads only the clock of these options. */
const CLIENT_OPTIONS: AuthOptions = { jwtSecret: '', tokenTtlSeconds: 0, clock: systemClock };

/**
 * The server's application code on the CLI's database: the customer module's command and query
 * handlers and the clients service, over the same CommandRunner, so that a change made here is
 * audited as one made over HTTP (command-log row, events with their actor). Outbox messages are
 * written here and delivered by a running server's dispatcher, as a crashed instance's are.
 */
@Module({})
export class CliApplicationModule {
  static on(store: CliStore): DynamicModule {
    return {
      module: CliApplicationModule,
      global: true,
      imports: [CqrsModule, CustomerModule],
      providers: [
        { provide: Database, useValue: store.db },
        { provide: EventStore, useValue: store.eventStore },
        { provide: CommandRunner, useValue: store.runner },
        {
          provide: OpsCommandRunner,
          useValue: new OpsCommandRunner(store.runner, store.eventStore, systemClock),
        },
        { provide: Outbox, useValue: new TypeOrmOutbox(systemClock) },
        { provide: VerificationCodes, useValue: new NoVerificationCodes() },
        // The CLI runs no wallet command; were one added, it would get the strict policy.
        { provide: CONTACT_VERIFICATION_POLICY, useValue: 'required' },
        { provide: VERIFICATION_TTL_SECONDS, useValue: 900 },
        { provide: AUTH_OPTIONS, useValue: CLIENT_OPTIONS },
        SecretHasher,
        ApiClientsService,
      ],
      exports: [
        Database,
        EventStore,
        CommandRunner,
        OpsCommandRunner,
        Outbox,
        VerificationCodes,
        CONTACT_VERIFICATION_POLICY,
        VERIFICATION_TTL_SECONDS,
        ApiClientsService,
      ],
    };
  }
}
