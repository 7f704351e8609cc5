import { existsSync, readFileSync } from 'node:fs';
import { individualBody } from '@app/testing';
import { openReader, versionGaps, type DatabaseReader } from '../support/database-reader.js';
import { DATABASES, POSTGRES_ADMIN_URL, type TestDatabase } from '../support/databases.js';
import { notificationFile } from '../support/notifications.js';
import { startService, tokenFrom, type ServiceProcess } from '../support/service-process.js';
import {
  callerOf,
  CLUSTER_ADMIN,
  clusterEnv,
  compareReadModel,
  processDatabase,
} from '../support/service-cluster.js';

const CUSTOMERS = 12;
const WORKERS = 8;
const KILLS = 3;
/** Acknowledged writes to wait for in each round before the process is killed mid-load. */
const ACKS_BEFORE_KILL = 40;

/** A write that changes something every time: a new address line, or a new email (a notice). */
function write(customerId: string, n: number): [string, string, object] {
  return n % 2 === 0
    ? [
        'POST',
        '/api/bpm/cmd',
        {
          commandName: 'UpdateContactCommand',
          data: { contactEncodedKey: customerId, address: `${n} Crash Road` },
        },
      ]
    : [
        'PATCH',
        `/v2/customer-persons/${customerId}/contact-info`,
        { email: `${customerId}.${n}@example.com` },
      ];
}

/** Resolves once `condition` holds, checking after each turn of other work. */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe.each(DATABASES)('SIGKILL in the middle of a write load, then a restart [%s]', (kind) => {
  const skip = kind === 'postgres' && !POSTGRES_ADMIN_URL;
  let database: TestDatabase;
  let reader: DatabaseReader;
  const sink = notificationFile();
  let env: Record<string, string>;
  beforeAll(async () => {
    if (skip) return;
    database = await processDatabase(kind);
    // A short lease, so a restarted process takes over what the killed one had claimed.
    env = clusterEnv(database.url, { ...sink.env, OUTBOX_LEASE_MS: '500', OUTBOX_POLL_MS: '100' });
  });
  afterAll(async () => {
    if (skip) return;
    await reader?.close();
    await database.drop();
  });

  (skip ? it.skip : it)(
    'keeps every acknowledged write, half-writes nothing, and delivers the outbox',
    async () => {
      let service: ServiceProcess = await startService(env);
      const token = await tokenFrom(
        service.url,
        CLUSTER_ADMIN.clientId,
        CLUSTER_ADMIN.clientSecret,
      );
      const ids = Array.from({ length: CUSTOMERS }, (_, i) => `crash_${i}`);
      for (const customerId of ids) {
        const res = await callerOf(service, token)(
          'POST',
          '/api/customers',
          individualBody({ customerId, email: `${customerId}@example.com` }),
        );
        expect(res.status).toBe(201);
      }
      const acknowledged: string[] = [];
      let sent = 0;
      for (let kill = 1; kill <= KILLS; kill++) {
        const call = callerOf(service, token);
        const ackedBefore = acknowledged.length;
        const worker = async (w: number) => {
          for (let n = w; ; n += WORKERS) {
            const requestId = `crash-${kill}-${n}`;
            const [method, path, body] = write(ids[n % CUSTOMERS]!, kill * 100_000 + n);
            sent++;
            const res = await call(method, path, body, { 'X-Request-Id': requestId }).catch(
              () => undefined,
            );
            if (!res) return; // the process is gone: this request may or may not have committed
            expect(res.status).toBe(200);
            acknowledged.push(requestId);
          }
        };
        const load = Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
        await until(() => acknowledged.length >= ackedBefore + ACKS_BEFORE_KILL);
        await service.kill();
        await load;
        service = await startService(env);
      }
      reader ??= await openReader(database.url);

      // Every acknowledged command is in the log with its events.
      const committed = await reader.rows<{ request_id: string }>(
        "SELECT request_id FROM command_log c WHERE outcome = 'accepted' AND EXISTS (SELECT 1 FROM events e WHERE e.command_id = c.command_id)",
      );
      const inLog = new Set(committed.map((row) => row.request_id));
      expect(acknowledged.filter((requestId) => !inLog.has(requestId))).toEqual([]);
      // Nothing half-written: versions contiguous, the read model and claims equal to a replay.
      expect(await versionGaps(reader)).toEqual([]);
      expect(await compareReadModel(database.url)).toMatchObject({ code: 0 });
      const verified = await callerOf(service, token)('GET', '/api/audit/verify');
      expect(verified.body).toMatchObject({ valid: true });
      // What the outbox held when the processes died is delivered by the ones after them.
      await until(async () => {
        const [row] = await reader.rows<{ n: number }>(
          'SELECT COUNT(*) AS n FROM outbox WHERE sent_at IS NULL',
        );
        return Number(row!.n) === 0;
      });
      const messages = await reader.rows<{ message_id: string }>('SELECT message_id FROM outbox');
      const delivered = existsSync(sink.path) ? readFileSync(sink.path, 'utf8') : '';
      expect(messages.filter((m) => !delivered.includes(m.message_id))).toEqual([]);
      expect(await service.stop()).toBe(0);
      process.stdout.write(
        `chaos crash [${kind}]: ${sent} writes sent, ${acknowledged.length} acknowledged and found, ${KILLS} kills, ${messages.length} notices delivered\n`,
      );
    },
  );

  (skip ? it.skip : it)('finishes the requests in flight on SIGTERM, and exits 0', async () => {
    const service = await startService(env);
    const token = await tokenFrom(service.url, CLUSTER_ADMIN.clientId, CLUSTER_ADMIN.clientSecret);
    const call = callerOf(service, token);
    await call(
      'POST',
      '/api/customers',
      individualBody({ customerId: 'drain_1', email: 'drain.1@example.com' }),
    );
    let answered = 0;
    const requests = Array.from({ length: 30 }, (_, n) =>
      call(...write('drain_1', 2 * n), { 'X-Request-Id': `drain-${n}` })
        .then((res) => {
          answered++;
          return res.status;
        })
        .catch(() => 'refused' as const),
    );
    await until(() => answered > 0);
    const exit = service.stop();
    const statuses = await Promise.all(requests);
    expect(await exit).toBe(0);
    // A request the closing server did not take is refused (no connection, or Fastify's 503 on
    // a kept-alive one): the client retries elsewhere. Every other one was finished.
    const refused = (s: number | 'refused') => s === 'refused' || s === 503;
    expect(statuses.filter((s) => s !== 200 && !refused(s))).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(1);
    reader ??= await openReader(database.url);
    const logged = await reader.rows<{ request_id: string }>(
      "SELECT request_id FROM command_log WHERE request_id LIKE 'drain-%' AND outcome = 'accepted'",
    );
    const answeredIds = statuses.flatMap((s, n) => (s === 200 ? [`drain-${n}`] : []));
    expect(logged.map((row) => row.request_id).sort()).toEqual(answeredIds.sort());
  });
});
