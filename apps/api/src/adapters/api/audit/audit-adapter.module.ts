import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AuditCommandsController } from './audit-commands.controller.js';
import { AuditEventsController } from './audit-events.controller.js';

/** `/api/audit/*`: the compliance officers' and auditors' side of the log (API.md §8). */
@Module({
  imports: [AuditModule],
  controllers: [AuditEventsController, AuditCommandsController],
})
export class AuditAdapterModule {}
