import { DATABASES, POSTGRES_ADMIN_URL, type TestDatabase } from '../support/databases.js';
import { startService, tokenFrom, type ServiceProcess } from '../support/service-process.js';
import { CLUSTER_ADMIN as ADMIN, clusterEnv, processDatabase } from '../support/service-cluster.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

async function post(url: string, token: string, path: string, body: object): Promise<Response> {
  return fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

describe.each(DATABASES)(
  'the outbox when the service is killed after commit, before delivery, on %s',
  (kind) => {
    const skip = kind === 'postgres' && !POSTGRES_ADMIN_URL;
    let database: TestDatabase;
    let webhook: WebhookReceiver;
    let service: ServiceProcess | undefined;
    beforeAll(async () => {
      if (skip) return;
      database = await processDatabase(kind);
      webhook = await startWebhookReceiver();
    });
    afterAll(async () => {
      if (skip) return;
      await service?.stop();
      await webhook.close();
      await database.drop();
    });
    const env = () =>
      clusterEnv(database.url, {
        NOTIFICATION_SINK: `webhook:${webhook.url}`,
        // A short lease, so the restarted instance takes the dead one's message back quickly.
        OUTBOX_LEASE_MS: '500',
        OUTBOX_POLL_MS: '100',
      });

    (skip ? it.skip : it)(
      'delivers the message after a restart, under the same message id',
      async () => {
        webhook.answer = () => 'hold';
        service = await startService(env());
        const token = await tokenFrom(service.url, ADMIN.clientId, ADMIN.clientSecret);
        const registered = await post(service.url, token, '/api/customers', {
          customerId: 'chaos_1',
          customerType: 'individual',
          customer: { firstName: 'Kai', lastName: 'Chaos', email: 'kai@example.com' },
        });
        expect(registered.status).toBe(201);
        const started = await post(
          service.url,
          token,
          '/v2/customer-persons/chaos_1/verifications',
          {
            flow: 'WALLET_UPDATE',
            attribute: 'email',
            value: 'kai.new@example.com',
          },
        );
        expect(started.status).toBe(201);
        // The commit is done and the delivery is on the wire, unanswered: now the process dies.
        await webhook.arrived(1);
        await service.kill();
        webhook.answer = () => 200;
        service = await startService(env());
        await webhook.arrived(2);
        const [first, second] = webhook.received;
        expect(second).toEqual(first);
        expect(second).toMatchObject({ kind: 'verification-code', to: 'kai.new@example.com' });
        expect(await service.stop()).toBe(0);
        service = undefined;
      },
    );
  },
);
