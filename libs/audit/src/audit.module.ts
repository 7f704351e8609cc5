import { Module } from '@nestjs/common';
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

/**
 * The audit read side: queries, verification and export; expects the app's global Database,
 * EventStore and EventSealer (the key every appended row is sealed with).
 */
@Module({ providers: SERVICES, exports: SERVICES })
export class AuditModule {}
