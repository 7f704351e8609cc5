import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { CommandLogHttpModule } from '../../../http/command-log/command-log-http.module.js';
import { AuditCommandsController } from './audit-commands.controller.js';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditExportController } from './audit-export.controller.js';
import { AuditVerifyController } from './audit-verify.controller.js';

/**
 * `/api/audit/*`: the compliance officers' and auditors' side of the log (API.md §8), and the
 * logging of refused command requests that makes the command log complete.
 */
@Module({
  imports: [AuditModule, CommandLogHttpModule],
  controllers: [
    AuditEventsController,
    AuditCommandsController,
    AuditVerifyController,
    AuditExportController,
  ],
})
export class AuditAdapterModule {}
