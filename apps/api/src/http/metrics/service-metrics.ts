import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type LabelValues,
} from 'prom-client';

export type CommandOutcome = 'accepted' | 'noop' | 'rejected';

/** What the gauges read when Prometheus scrapes: counts kept elsewhere. */
export interface MetricSources {
  /** Messages the outbox has not delivered yet. */
  outboxBacklog(): Promise<number>;
  /** Commands retried after a concurrent write, since start-up. */
  commandRetries(): number;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/**
 * The service's Prometheus metrics (API.md §9), in a registry of its own per application, so that
 * several instances in one process (the tests) keep apart. Route labels are route templates,
 * never URLs, so no id or contact value becomes a label.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request’s arrival to its answer, by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly commands = new Counter({
    name: 'commands_total',
    help: 'Commands by name and outcome, as the command log records them',
    labelNames: ['command', 'outcome'],
    registers: [this.registry],
  });
  private readonly appends = new Histogram({
    name: 'event_store_append_duration_seconds',
    help: 'Time to append one command’s events to its stream, inside its transaction',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'rate_limit_refusals_total',
    help: 'Requests refused with 429, by budget',
    labelNames: ['budget'],
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'outbox_backlog',
      help: 'Notifications written and not yet delivered',
      registers: [this.registry],
      async collect() {
        this.set(await sources.outboxBacklog());
      },
    });
    new Counter({
      name: 'command_retries_total',
      help: 'Commands retried after a concurrent write to their stream, since start-up',
      registers: [this.registry],
      // The runner keeps the count; the counter shows it at each scrape.
      collect() {
        this.reset();
        this.inc(sources.commandRetries());
      },
    });
  }

  request(labels: LabelValues<'method' | 'route' | 'status'>, seconds: number): void {
    this.requests.inc(labels);
    this.latency.observe(labels, seconds);
  }

  command(command: string, outcome: CommandOutcome): void {
    this.commands.inc({ command, outcome });
  }

  appended(seconds: number): void {
    this.appends.observe(seconds);
  }

  rateLimited(budget: string): void {
    this.refusals.inc({ budget });
  }
}
