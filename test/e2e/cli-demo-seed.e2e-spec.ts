import { SEED_CONDOR_REQUEST, SEED_INDIVIDUAL_REQUEST, individualBody } from '@app/testing';
import { getAs } from '../support/audit-clients.js';
import { SEED_CONTACT_KEY, SEED_SAMPLE_REQUEST } from '../support/bpm-requests.js';
import { appForCli, buildCli, CLI_ACTOR, removeScratchFolders, runCli } from '../support/cli.js';
import { openReader } from '../support/database-reader.js';
import { describeEachDatabase } from '../support/databases.js';
import type { TestApp } from '../support/test-app.js';

/** demo:seed: the vendor documents' customers, registered by the built CLI (item 5). */
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

const SEEDED = [
  SEED_CONTACT_KEY,
  'cstap_6reGTr3k8vpAu8uFV7EdiN',
  'cstab_7BX5DO49J48VeWKsJ6gWNb',
  'csta_6clNH3W2pBehujY8mpTCU8',
];

it('describes demo:seed and its option in --help', async () => {
  const seed = await runCli(['demo:seed', '--help']);
  expect(seed).toMatchObject({ code: 0, stdout: expect.stringContaining('--json') });
});

/** How many rows the audit tables hold. */
async function auditRows(url: string): Promise<{ events: number; commands: number }> {
  const reader = await openReader(url);
  try {
    const count = async (table: string) =>
      Number((await reader.rows<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`))[0]!.n);
    return { events: await count('events'), commands: await count('command_log') };
  } finally {
    await reader.close();
  }
}

describeEachDatabase('demo:seed', (database) => {
  /** Each test seeds a database of its own: seeding is what it looks at. */
  function ownApp(): { t: TestApp; url: string } {
    const app = {} as { t: TestApp; url: string };
    beforeAll(async () => Object.assign(app, await appForCli(database)));
    afterAll(() => app.t.close());
    return app;
  }

  describe('on an empty database', () => {
    const app = ownApp();

    it('registers the seed customers, audited as cli:<user>; a second run changes nothing', async () => {
      const { t, url } = app;
      const first = await runCli(['demo:seed'], url);
      expect(first).toMatchObject({ code: 0, stderr: '' });
      expect(first.stdout).toBe(SEEDED.map((id) => `registered ${id}\n`).join(''));
      const before = await auditRows(url);
      const second = await runCli(['demo:seed', '--json'], url);
      expect(second.code).toBe(0);
      expect(JSON.parse(second.stdout)).toEqual({ registered: [], skipped: SEEDED, refused: [] });
      expect(await auditRows(url)).toEqual(before);

      const get = getAs(t, await t.tokenFor());
      const log = await get('/api/audit/commands', { clientId: CLI_ACTOR });
      expect(log.body.items).toEqual(
        SEEDED.map((customerId) =>
          expect.objectContaining({
            commandName: 'RegisterCustomer',
            source: 'ops',
            outcome: 'accepted',
            customerId,
          }),
        ),
      );
      const events = await get('/api/audit/events', { clientId: CLI_ACTOR });
      expect(events.body.items.map((e: { type: string }) => e.type)).toEqual(
        SEEDED.map(() => 'CustomerRegistered'),
      );
      expect((await get('/api/audit/verify')).body).toMatchObject({ valid: true });
    }, 60_000);
  });

  describe('before the sample requests', () => {
    const app = ownApp();

    it('lets the sample requests of the vendor documents be sent as they are', async () => {
      const { t, url } = app;
      await runCli(['demo:seed'], url);
      const auth = { Authorization: `Bearer ${await t.tokenFor()}` };
      await t.http.post('/api/bpm/cmd').set(auth).send(SEED_SAMPLE_REQUEST).expect(200);
      await t.http.post('/customer/update').set(auth).send(SEED_INDIVIDUAL_REQUEST).expect(200);
      await t.http.post('/condor/customer/update').set(auth).send(SEED_CONDOR_REQUEST).expect(200);
    }, 60_000);
  });

  describe('when a seed contact is taken', () => {
    const app = ownApp();

    it('registers the others, names the refused one without its values, and exits 2', async () => {
      const { t, url } = app;
      const auth = { Authorization: `Bearer ${await t.tokenFor()}` };
      const taker = individualBody({ customerId: 'cli_taker', email: 'seed@example.com' });
      await t.http.post('/api/customers').set(auth).send(taker).expect(201);
      const seeded = await runCli(['demo:seed'], url);
      expect(seeded.code).toBe(2);
      expect(seeded.stdout).toContain(
        `refused ${SEED_CONTACT_KEY}: Duplicate email\n  email: email is already in use by another customer\n`,
      );
      expect(seeded.stdout).not.toContain('seed@example.com');
      for (const id of SEEDED.slice(1)) expect(seeded.stdout).toContain(`registered ${id}\n`);
    }, 60_000);
  });
});
