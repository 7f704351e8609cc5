import type { DataSource } from 'typeorm';
import { OutboxDispatcher, type Notification } from '@app/notifications';
import { individualBody } from '@app/testing';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { describeEachDatabase, POSTGRES_ADMIN_URL } from '../support/databases.js';
import { startInstances, stopInstances, type RunningInstance } from '../support/instances.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';
import { walletClient } from '../support/wallet-requests.js';

const register = (t: TestApp, token: string, customerId: string) =>
  t.http
    .post('/api/customers')
    .set('Authorization', `Bearer ${token}`)
    .send(individualBody({ customerId, email: `${customerId}@example.com` }))
    .expect(201);

describeEachDatabase('the notification outbox with a webhook sink', (database) => {
  let t: TestApp;
  let token: string;
  let webhook: WebhookReceiver;
  let customers = 0;
  beforeAll(async () => {
    webhook = await startWebhookReceiver();
    t = await createTestApp({
      database,
      env: {
        NOTIFICATION_SINK: `webhook:${webhook.url}`,
        OUTBOX_RETRY_BASE_MS: '1',
        OUTBOX_POLL_MS: '600000',
      },
    });
    token = await t.tokenFor();
  });
  afterAll(async () => {
    await t.close();
    await webhook.close();
  });
  const outboxRow = (messageId: string) =>
    t.app
      .get<DataSource>(DATA_SOURCE)
      .getRepository('OutboxMessage')
      .findOneByOrFail({ messageId });

  async function initiate(): Promise<string> {
    const customerId = `outbox_${++customers}`;
    await register(t, token, customerId);
    const res = await walletClient(t, token).initiate(
      customerId,
      'email',
      `${customerId}.new@example.com`,
    );
    return (res.body as { verificationId: string }).verificationId;
  }
  const messageFor = (verificationId: string): Notification | undefined =>
    webhook.received.find((m) => m.verificationId === verificationId);

  it('posts the message after the commit, marks it sent and keeps no code in the stored copy', async () => {
    const verificationId = await initiate();
    await t.app.get(OutboxDispatcher).drain();
    const message = messageFor(verificationId)!;
    expect(message).toMatchObject({
      kind: 'verification-code',
      channel: 'email',
      code: expect.stringMatching(/^\d{6}$/) as string,
    });
    const row = (await outboxRow(message.messageId)) as { sentAt: string | null; payload: string };
    expect(row.sentAt).not.toBeNull();
    expect(row.payload).not.toContain(message.code!);
  });

  it('retries a delivery the webhook refused, until it answers 2xx', async () => {
    let refusals = 0;
    webhook.answer = () => (refusals++ < 2 ? 503 : 200);
    try {
      const verificationId = await initiate();
      const dispatcher = t.app.get(OutboxDispatcher);
      for (let round = 0; round < 50 && !(await sent(verificationId)); round++)
        await dispatcher.drain();
      const deliveries = webhook.received.filter((m) => m.verificationId === verificationId);
      expect(deliveries).toHaveLength(3);
      expect(new Set(deliveries.map((m) => m.messageId)).size).toBe(1);
    } finally {
      webhook.answer = () => 200;
    }
  });

  async function sent(verificationId: string): Promise<boolean> {
    const message = messageFor(verificationId);
    if (!message) return false;
    return ((await outboxRow(message.messageId)) as { sentAt: string | null }).sentAt !== null;
  }
});

describeEachDatabase('the outbox with a webhook that never answers', (database) => {
  const leaseMs = 3_000;
  let t: TestApp;
  let webhook: WebhookReceiver;
  beforeAll(async () => {
    webhook = await startWebhookReceiver();
    t = await createTestApp({
      database,
      env: {
        NOTIFICATION_SINK: `webhook:${webhook.url}`,
        OUTBOX_LEASE_MS: String(leaseMs),
        OUTBOX_RETRY_BASE_MS: '1',
        OUTBOX_POLL_MS: '600000',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await webhook.close();
  });

  it('gives the send up before its lease ends, so no other instance can send it meanwhile, and sends it again', async () => {
    webhook.answer = (_message, index) => (index === 0 ? 'hold' : 200);
    const token = await t.tokenFor();
    await register(t, token, 'held_1');
    await walletClient(t, token).initiate('held_1', 'email', 'held.new@example.com').expect(201);
    await webhook.arrived(1);
    const heldAt = Date.now();
    await t.app.get(OutboxDispatcher).drain();
    await webhook.arrived(2);
    expect(Date.now() - heldAt).toBeLessThan(leaseMs);
    const [first, second] = webhook.received;
    expect(second).toEqual(first);
    const row = await t.app
      .get<DataSource>(DATA_SOURCE)
      .getRepository('OutboxMessage')
      .findOneByOrFail({ messageId: first!.messageId });
    expect(row).toMatchObject({ attempts: 2, sentAt: expect.any(String) as string });
  });
});

const describePostgres = POSTGRES_ADMIN_URL ? describe : describe.skip;

describePostgres('the outbox with three instances on one PostgreSQL database', () => {
  let instances: RunningInstance[];
  let webhook: WebhookReceiver;
  beforeAll(async () => {
    webhook = await startWebhookReceiver();
    instances = await startInstances(3, { NOTIFICATION_SINK: `webhook:${webhook.url}` });
  });
  afterAll(async () => {
    await stopInstances(instances);
    await webhook.close();
  });

  it('delivers every message once although all three dispatchers run at the same time', async () => {
    const token = await instances[0]!.app.tokenFor();
    const started = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const instance = instances[i % 3]!;
        await register(instance.app, token, `multi_${i}`);
        const res = await walletClient(instance.app, token).initiate(
          `multi_${i}`,
          'email',
          `multi${i}@example.com`,
        );
        return (res.body as { verificationId: string }).verificationId;
      }),
    );
    await Promise.all(instances.map((i) => i.app.app.get(OutboxDispatcher).drain()));
    await webhook.arrived(30);
    const ids = webhook.received.map((m) => m.verificationId);
    expect(new Set(ids)).toEqual(new Set(started));
    expect(webhook.received).toHaveLength(30);
  });
});
