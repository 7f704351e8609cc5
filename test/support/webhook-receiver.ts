import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Notification } from '@app/notifications';

/**
 * A webhook endpoint on loopback that records what it receives. `answer` decides each reply
 * (by default 200); a reply of `'hold'` keeps the request open until the receiver closes.
 */
export interface WebhookReceiver {
  readonly url: string;
  readonly received: Notification[];
  answer: (message: Notification, index: number) => number | 'hold';
  /** Resolves once `count` messages have arrived. */
  arrived(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: Notification[] = [];
  const held: ServerResponse[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  const receiver: Partial<WebhookReceiver> = {};
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const message = JSON.parse(body) as Notification;
      received.push(message);
      for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
      const status = receiver.answer!(message, received.length - 1);
      if (status === 'hold') held.push(response);
      else response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/notifications`,
    received,
    answer: () => 200,
    arrived: (count: number) =>
      received.length >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    close: async () => {
      for (const response of held) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
