import { Global, Inject, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandRunner } from '@app/event-store';
import { OutboxDispatcher } from '@app/notifications';
import { ObservedEventStore } from '../../modules/observed-event-store.js';
import { MetricsController } from './metrics.controller.js';
import { ServiceMetrics } from './service-metrics.js';

/** The metrics registry, `/metrics`, and the count of every command the runner finishes. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [
    {
      provide: ServiceMetrics,
      inject: [CommandRunner, OutboxDispatcher],
      useFactory: (runner: CommandRunner, outbox: OutboxDispatcher) =>
        new ServiceMetrics({
          outboxBacklog: () => outbox.backlog(),
          commandRetries: () => runner.retries,
        }),
    },
  ],
  exports: [ServiceMetrics],
})
export class MetricsModule implements OnApplicationBootstrap {
  constructor(
    @Inject(CommandRunner) private readonly runner: CommandRunner,
    @Inject(ObservedEventStore) private readonly eventStore: ObservedEventStore,
    @Inject(ServiceMetrics) private readonly metrics: ServiceMetrics,
  ) {}

  onApplicationBootstrap(): void {
    this.eventStore.onAppended((seconds) => this.metrics.appended(seconds));
    this.runner.addParticipant({
      committed: ({ commandName }, decision) => {
        const outcome = decision.refusal ? 'rejected' : decision.changed ? 'accepted' : 'noop';
        this.metrics.command(commandName, outcome);
      },
      rejected: ({ commandName }) => {
        this.metrics.command(commandName, 'rejected');
        return Promise.resolve();
      },
    });
  }
}
