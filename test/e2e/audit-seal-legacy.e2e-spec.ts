import { LegacyEventSealer } from '@app/audit';
import { CommandRunner, EventEntity, EventSealer, EventStore } from '@app/event-store';
import { Database } from '@app/persistence';
import { individualBody } from '@app/testing';
import { getAs } from '../support/audit-clients.js';
import {
  appForCli,
  buildCli,
  CLI_ACTOR,
  removeScratchFolders,
  runCli,
  serverSecretOf,
} from '../support/cli.js';
import { describeEachDatabase } from '../support/databases.js';
import { tamperer } from '../support/tampering.js';
import type { TestApp } from '../support/test-app.js';

/** `audit:seal-legacy` through the built CLI, on a log whose oldest events predate seals. */
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

async function register(t: TestApp, customerId: string): Promise<void> {
  const admin = await t.tokenFor();
  const body = individualBody({ customerId, email: `${customerId}@example.com` });
  await t.http
    .post('/api/customers')
    .set('Authorization', `Bearer ${admin}`)
    .send(body)
    .expect(201);
}

/** Takes the seals off every event so far, as a log written before seals existed has none. */
async function unsealEverything(t: TestApp): Promise<void> {
  await tamperer(t)
    .dataSource.createQueryBuilder()
    .update(EventEntity)
    .set({ seal: null })
    .where('1 = 1')
    .execute();
}

describeEachDatabase('audit:seal-legacy', (database) => {
  let t: TestApp;
  let url: string;
  beforeEach(async () => ({ t, url } = await appForCli(database)));
  afterEach(() => t.close());
  const cli = (args: string[]) => runCli(args, url, serverSecretOf(t));

  it('seals the events older than seals once the log otherwise verifies, audited', async () => {
    await register(t, 'old_1');
    await register(t, 'old_2');
    await unsealEverything(t);
    const before = await cli(['audit:verify', '--json']);
    expect(before.code).toBe(1);
    const reasons = JSON.parse(before.stdout).failures.map((f: { reason: string }) => f.reason);
    expect(new Set(reasons)).toEqual(new Set(['unsealed']));

    const sealed = await cli(['audit:seal-legacy', '--json']);
    expect(sealed.code).toBe(0);
    const report = JSON.parse(sealed.stdout);
    expect(report).toEqual({
      failures: [],
      truncated: false,
      sealed: reasons.length,
      leftUnsealed: 0,
    });
    expect(await cli(['audit:verify'])).toMatchObject({ code: 0 });

    const admin = await t.tokenFor();
    const events = await getAs(t, admin)('/api/audit/events', { type: 'LegacyEventsSealed' });
    expect(events.body.items).toHaveLength(1);
    expect(events.body.items[0]).toMatchObject({
      streamId: 'ops',
      data: { events: reasons.length },
      metadata: { commandName: 'SealLegacyEvents', actor: { clientId: CLI_ACTOR } },
    });
    const again = await cli(['audit:seal-legacy', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ sealed: 0, leftUnsealed: 0 });
  });

  it('seals nothing when the log fails another check, naming it', async () => {
    await register(t, 'old_1');
    await register(t, 'old_2');
    await unsealEverything(t);
    await tamperer(t).update('old_2', 1, { data: '{"forged":true}' });

    const refused = await cli(['audit:seal-legacy']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('NOT SEALED: the log fails 1 checks besides seals');
    expect(refused.stdout).toContain('  old_2 v1 hash-mismatch\n');
    const stillSealed = await tamperer(t)
      .dataSource.getRepository(EventEntity)
      .createQueryBuilder('e')
      .where('e.seal IS NOT NULL')
      .getCount();
    expect(stillSealed).toBe(0);
  });

  it('leaves unsealed an event written after the first sealed one, for verify to report', async () => {
    await register(t, 'old_1');
    await unsealEverything(t);
    await register(t, 'new_1'); // sealed by the server: seals exist from here on
    const version = await tamperer(t).appendForged('old_1'); // correctly hashed, no seal

    const sealed = await cli(['audit:seal-legacy', '--json']);
    expect(sealed.code).toBe(1);
    expect(JSON.parse(sealed.stdout)).toMatchObject({ failures: [], leftUnsealed: 1 });
    const after = await cli(['audit:verify', '--json']);
    expect(JSON.parse(after.stdout).failures).toEqual([
      { streamId: 'old_1', version, reason: 'unsealed' },
    ]);
  });

  it('seals every older event however many batches it takes', async () => {
    for (let i = 1; i <= 5; i++) await register(t, `old_${i}`);
    await unsealEverything(t);
    const unsealed = () =>
      tamperer(t)
        .dataSource.getRepository(EventEntity)
        .createQueryBuilder('e')
        .where('e.seal IS NULL')
        .getCount();
    const legacy = await unsealed();
    const sealer = new LegacyEventSealer(
      t.app.get(Database),
      t.app.get<EventSealer>(EventSealer),
      t.app.get(CommandRunner),
      t.app.get(EventStore),
      2,
    );
    const report = await sealer.seal({ requestId: 'seal-test', actorClientId: 'ops-test' });
    expect(legacy).toBeGreaterThanOrEqual(5); // three batches of two at least
    expect(report).toMatchObject({ failures: [], sealed: legacy, leftUnsealed: 0 });
    expect(await unsealed()).toBe(0);
    expect(await cli(['audit:verify'])).toMatchObject({ code: 0 });
  });
});
