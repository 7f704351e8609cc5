import type { Logger } from 'pino';
import { FileSink } from './file.sink.js';
import { LogSink } from './log.sink.js';
import type { NotificationSink } from './notification-sink.js';
import { WebhookSink } from './webhook.sink.js';

export type SinkConfig =
  | { readonly kind: 'log' }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'webhook'; readonly url: string };

/** `NOTIFICATION_SINK`: `log` (default), `file:<path>` or `webhook:<url>`; anything else stops start-up. */
export function parseSinkConfig(value: string | undefined): SinkConfig {
  if (!value || value === 'log') return { kind: 'log' };
  if (value.startsWith('file:') && value.length > 'file:'.length) {
    return { kind: 'file', path: value.slice('file:'.length) };
  }
  if (value.startsWith('webhook:')) {
    const url = value.slice('webhook:'.length);
    if (/^https?:\/\/.+/.test(url)) return { kind: 'webhook', url };
  }
  throw new Error('NOTIFICATION_SINK must be log, file:<path> or webhook:<http(s) url>');
}

export function createSink(
  config: SinkConfig,
  logger: Pick<Logger, 'info'>,
  mask: (recipient: string) => string,
): NotificationSink {
  switch (config.kind) {
    case 'log':
      return new LogSink(logger, mask);
    case 'file':
      return new FileSink(config.path);
    case 'webhook':
      return new WebhookSink(config.url);
  }
}
