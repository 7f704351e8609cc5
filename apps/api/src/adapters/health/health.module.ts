import { Module, type DynamicModule } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { OUTBOX_BACKLOG_LIMIT, ReadinessIndicators } from './readiness.indicators.js';

/** `/health` and `/health/ready`; terminus logs nothing itself (the request log has the line). */
@Module({})
export class HealthModule {
  static forRoot(outboxBacklogLimit: number): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        ReadinessIndicators,
        { provide: OUTBOX_BACKLOG_LIMIT, useValue: outboxBacklogLimit },
      ],
    };
  }
}
