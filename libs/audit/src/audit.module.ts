import { Module, type OnModuleInit, type Provider } from '@nestjs/common';
import { AUTH_OPTIONS, type AuthOptions } from '@app/auth';
import { EventSealer, EventStore } from '@app/event-store';
import { AuditEventsReader } from './events/audit-events.reader.js';
import { CommandLogReader } from './commands/command-log.reader.js';
import { EventExporter } from './export/event-exporter.js';
import { ProjectionRebuilder } from './rebuild/projection-rebuilder.js';
import { LogVerifier } from './verify/log-verifier.js';

const SERVICES = [
  AuditEventsReader,
  CommandLogReader,
  LogVerifier,
  EventExporter,
  ProjectionRebuilder,
];

/** The event seals' key, derived from the server secret the application already holds. */
const SEALER: Provider = {
  provide: EventSealer,
  inject: [AUTH_OPTIONS],
  useFactory: (auth: AuthOptions) => EventSealer.fromSecret(auth.jwtSecret),
};

/**
 * The audit read side: queries, verification and export; expects the app's global Database,
 * EventStore and AUTH_OPTIONS.
 */
@Module({ providers: [SEALER, ...SERVICES], exports: [EventSealer, ...SERVICES] })
export class AuditModule implements OnModuleInit {
  constructor(
    private readonly events: EventStore,
    private readonly sealer: EventSealer,
  ) {}

  /**
   * The application's EventStore is created without the key (its module does not hold the
   * secret); it is handed over here, before the application takes requests or provisions its
   * bootstrap client (onApplicationBootstrap), so every row it appends is sealed.
   */
  onModuleInit(): void {
    this.events.sealWith(this.sealer);
  }
}
