import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Notification } from '../notification.js';
import type { NotificationSink } from './notification-sink.js';

/** `file:<path>`: one JSON line per message, with the §5.2 fields. */
export class FileSink implements NotificationSink {
  private ready: Promise<unknown> | undefined;

  constructor(private readonly path: string) {}

  async deliver(message: Notification, signal: AbortSignal): Promise<void> {
    this.ready ??= mkdir(dirname(this.path), { recursive: true });
    await this.ready;
    await writeFile(this.path, `${JSON.stringify(message)}\n`, { flag: 'a', signal });
  }
}
