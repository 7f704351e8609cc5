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

/** The contact-replaced notices delivered about one customer, oldest first. */
export async function replacedNoticesFor(
  t: TestApp,
  path: string,
  customerId: string,
): Promise<Notification[]> {
  const messages = await deliveredTo(t, path);
  return messages.filter((m) => m.kind === 'contact-replaced' && m.customerId === customerId);
}

/** A contact-replaced notice as the sinks deliver it (API.md §5.2): the new value masked. */
export function aReplacedNotice(notice: {
  readonly channel: 'email' | 'sms';
  readonly to: string;
  readonly customerId: string;
  readonly replacedBy: string;
}) {
  return {
    messageId: expect.any(String) as string,
    kind: 'contact-replaced',
    ...notice,
    createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string,
  };
}
