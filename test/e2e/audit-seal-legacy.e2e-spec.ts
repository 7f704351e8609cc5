import { LegacyEventSealer } from '@app/audit';
import {
  CommandEventTypeEntity,
  CommandRunner,
  EventEntity,
  EventSealer,
  EventStore,
} from '@app/event-store';
import { Database } from '@app/persistence';
import { getAs } from '../support/audit-clients.js';
import {
  appForCli,
  buildCli,
  CLI_ACTOR,
  removeScratchFolders,
  runCli,
  serverSecretOf,
} from '../support/cli.js';
import { individualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import { tamperer } from '../support/tampering.js';
import type { TestApp } from '../support/test-app.js';

/** `audit:seal-legacy` through the built CLI, on a log whose oldest events predate seals. */
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

/** Registers each customer named, through the API. */
async function register(t: TestApp, ...customerIds: string[]): Promise<void> {
  const registrar = individualRegistrar(t, await t.tokenFor());
  for (const customerId of customerIds) await registrar({ customerId });
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

/**
 * A log upgraded to seals: the customers given were written before seals existed (their
 * events, and every event so far, unsealed), then the server wrote one sealed event.
 * Returns how many events are unsealed.
 */
async function upgradedLog(t: TestApp, legacy: readonly string[]): Promise<number> {
  await register(t, ...legacy);
  await unsealEverything(t);
  const unsealed = await unsealedCount(t);
  await register(t, 'after_upgrade');
  return unsealed;
}

const unsealedCount = (t: TestApp) =>
  tamperer(t)
    .dataSource.getRepository(EventEntity)
    .createQueryBuilder('e')
    .where('e.seal IS NULL')
    .getCount();

const sealedRecords = async (t: TestApp) =>
  (await getAs(t, await t.tokenFor())('/api/audit/events', { type: 'LegacyEventsSealed' })).body
    .items as Array<{ data: { events: number; before: number }; metadata: object }>;

/** The sealer in-process, in batches of two, over the app's database and event store. */
const sealerOf = (t: TestApp, eventStore: EventStore = t.app.get(EventStore)) =>
  new LegacyEventSealer(
    t.app.get(Database),
    t.app.get<EventSealer>(EventSealer),
    t.app.get(CommandRunner),
    eventStore,
    2,
  );

const OPERATOR = { requestId: 'seal-test', actorClientId: 'ops-test' };

describeEachDatabase('audit:seal-legacy', (database) => {
  let t: TestApp;
  let url: string;
  beforeEach(async () => ({ t, url } = await appForCli(database)));
  afterEach(() => t.close());
  const cli = (args: string[]) => runCli(args, url, serverSecretOf(t));

  it('seals the events older than seals once the log otherwise verifies, audited', async () => {
    const legacy = await upgradedLog(t, ['old_1', 'old_2']);
    const before = await cli(['audit:verify', '--json']);
    expect(before.code).toBe(1);
    const reasons = JSON.parse(before.stdout).failures.map((f: { reason: string }) => f.reason);
    expect(reasons).toEqual(Array.from({ length: legacy }, () => 'unsealed'));

    const sealed = await cli(['audit:seal-legacy', '--json']);
    expect(sealed.code).toBe(0);
    expect(JSON.parse(sealed.stdout)).toEqual({
      failures: [],
      truncated: false,
      keyUnproven: false,
      sealed: legacy,
      leftUnsealed: 0,
    });
    expect(await cli(['audit:verify'])).toMatchObject({ code: 0 });
    expect(await sealedRecords(t)).toEqual([
      expect.objectContaining({
        streamId: 'ops',
        data: expect.objectContaining({ events: legacy }),
        metadata: expect.objectContaining({
          commandName: 'SealLegacyEvents',
          actor: { clientId: CLI_ACTOR },
        }),
      }),
    ]);
    const again = await cli(['audit:seal-legacy', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ sealed: 0, leftUnsealed: 0 });
  });

  it("seals nothing while no event shows that the key is the server's", async () => {
    await register(t, 'old_1');
    await unsealEverything(t);
    const refused = await cli(['audit:seal-legacy', '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toMatchObject({ keyUnproven: true, sealed: 0 });
    expect(await unsealedCount(t)).toBeGreaterThan(0);
    expect((await cli(['audit:seal-legacy'])).stdout).toContain('NOT SEALED: no event carries');
  });

  it('seals nothing when the log fails another check, naming it', async () => {
    await upgradedLog(t, ['old_1', 'old_2', 'old_3']);
    const tamper = tamperer(t);
    await tamper.update('old_2', 1, { data: '{"forged":true}' });
    await tamper.update('old_3', 1, { seal: 'f'.repeat(64) }); // a seal made without the key
    const types = tamper.dataSource.getRepository(CommandEventTypeEntity);
    const row = await tamper.row('old_1', 1);
    await types.delete({ commandId: row.commandId!, type: row.type });
    const unsealed = await unsealedCount(t);

    const refused = await cli(['audit:seal-legacy']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('NOT SEALED: the log fails 3 checks besides seals');
    expect(refused.stdout).toContain('  old_1 v1 unlisted-type\n');
    expect(refused.stdout).toContain('  old_2 v1 hash-mismatch\n');
    expect(refused.stdout).toContain('  old_3 v1 seal-mismatch\n');
    expect(await unsealedCount(t)).toBe(unsealed);
  });

  it('leaves unsealed an event written after the server began sealing, for verify to report', async () => {
    await upgradedLog(t, ['old_1']);
    const version = await tamperer(t).appendForged('old_1'); // correctly hashed, no seal

    const sealed = await cli(['audit:seal-legacy', '--json']);
    expect(sealed.code).toBe(1);
    expect(JSON.parse(sealed.stdout)).toMatchObject({ failures: [], leftUnsealed: 1 });
    const after = await cli(['audit:verify', '--json']);
    expect(JSON.parse(after.stdout).failures).toEqual([
      { streamId: 'old_1', version, reason: 'unsealed' },
    ]);
  });

  it('seals in batches, each recorded, however many it takes', async () => {
    const legacy = await upgradedLog(t, ['old_1', 'old_2', 'old_3', 'old_4', 'old_5']);
    const report = await sealerOf(t).seal(OPERATOR);
    expect(legacy).toBeGreaterThanOrEqual(5); // three batches of two at least
    expect(report).toMatchObject({ failures: [], sealed: legacy, leftUnsealed: 0 });
    expect(await unsealedCount(t)).toBe(0);
    const records = await sealedRecords(t);
    expect(records).toHaveLength(Math.ceil(legacy / 2));
    expect(records.reduce((sum, r) => sum + r.data.events, 0)).toBe(legacy);
    expect(await cli(['audit:verify'])).toMatchObject({ code: 0 });
  });

  it('finishes an interrupted run when run again', async () => {
    const legacy = await upgradedLog(t, ['old_1', 'old_2', 'old_3']);
    const events = t.app.get(EventStore);
    let appends = 0;
    // The second batch's record fails: its transaction, seals included, rolls back.
    const failing = Object.create(events) as EventStore;
    failing.append = (...args: Parameters<EventStore['append']>) => {
      if (++appends === 2) throw new Error('interrupted');
      return events.append(...args);
    };
    await expect(sealerOf(t, failing).seal(OPERATOR)).rejects.toThrow('interrupted');
    expect(await unsealedCount(t)).toBe(legacy - 2); // the first batch, recorded

    const rerun = await cli(['audit:seal-legacy', '--json']);
    expect(JSON.parse(rerun.stdout)).toMatchObject({ sealed: legacy - 2, leftUnsealed: 0 });
    expect(rerun.code).toBe(0);
    expect(await cli(['audit:verify'])).toMatchObject({ code: 0 });
  });
});
