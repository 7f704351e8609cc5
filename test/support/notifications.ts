import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutboxDispatcher, type Notification } from '@app/notifications';
import type { TestApp } from './test-app.js';

/** A fresh file for the `file:` notification sink, and the env that selects it. */
export function notificationFile(): {
  readonly path: string;
  readonly env: Record<string, string>;
} {
  const path = join(mkdtempSync(join(tmpdir(), 'cct-notify-')), 'notifications.ndjson');
  return { path, env: { NOTIFICATION_SINK: `file:${path}` } };
}

/** Every message the app has delivered to the file, once its outbox has nothing left due. */
export async function deliveredTo(t: TestApp, path: string): Promise<Notification[]> {
  await t.app.get(OutboxDispatcher).drain();
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Notification);
}

/** The code of the latest verification-code message sent for `verificationId`. */
export async function codeFor(t: TestApp, path: string, verificationId: string): Promise<string> {
  const messages = await deliveredTo(t, path);
  const code = messages.findLast((m) => m.verificationId === verificationId)?.code;
  if (!code) throw new Error(`no code was sent for ${verificationId}`);
  return code;
}
