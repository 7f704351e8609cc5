import { join } from 'node:path';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { ProjectionRebuilder } from '@app/audit';
import { AUTH_OPTIONS, type AuthOptions } from '@app/auth';
import { ContactClaimEntity, CustomerEntity } from '@app/customer';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { getAs } from '../support/audit-clients.js';
import { buildCli, removeScratchFolders, runCli, scratchFolder } from '../support/cli.js';
import { describeEachDatabase } from '../support/databases.js';
import { randomCommands, sendAll } from '../support/random-commands.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const RUNS = 3;
const COMMANDS_PER_RUN = 100;

// The last check runs the real CLI, which needs the build and a database it can open too.
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

/** The surface a random command went through, for the tally of what the mix reached. */
const surfaceOf = (path: string) => path.split('/').slice(0, 3).join('/');

/** A replay of every stream builds exactly the live read model, claims included (issue 9 item 7). */
describeEachDatabase('rebuilding the read model from the events', (database) => {
  let t: TestApp;
  let admin: string;
  let rebuilder: ProjectionRebuilder;
  let databaseUrl: string;
  beforeAll(async () => {
    const file = `sqlite:${join(scratchFolder(), 'rebuild.sqlite')}`;
    t = await createTestApp({
      database,
      ...(database === 'sqlite' ? { env: { DATABASE_URL: file } } : {}),
    });
    databaseUrl = database === 'sqlite' ? file : t.databaseUrl;
    admin = await t.tokenFor();
    rebuilder = t.app.get(ProjectionRebuilder);
  });
  afterAll(() => t.close());

  it('finds no difference after hundreds of randomised mixed commands, nor does the CLI', async () => {
    let run = 0;
    const outcomes = new Set<number>();
    const accepted = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.integer().chain(() => randomCommands(++run, COMMANDS_PER_RUN)),
        async (commands) => {
          const statuses = await sendAll(t, admin, commands);
          statuses.forEach((status) => outcomes.add(status));
          statuses.forEach(
            (status, i) => status < 300 && accepted.add(surfaceOf(commands[i]!.path)),
          );
          expect(statuses.filter((status) => status >= 500)).toEqual([]);
          const report = await rebuilder.compare();
          expect(report.differences).toEqual([]);
        },
      ),
      { numRuns: RUNS, endOnFailure: true }, // the database keeps what a run wrote: no shrinking
    );
    // The mix reached accepted, refused and conflicting commands, not only one kind.
    expect([...outcomes].filter((s) => s < 300).length).toBeGreaterThan(0);
    expect(outcomes.has(409)).toBe(true);
    const claims = await t.app
      .get<DataSource>(DATA_SOURCE)
      .getRepository(ContactClaimEntity)
      .countBy({ status: 'removed' });
    expect(claims).toBeGreaterThan(0);
    // Every surface of the mix changed something at least once.
    expect([...accepted].sort()).toEqual([
      '/api/bpm',
      '/api/customers',
      '/api/ops',
      '/customer/update',
      '/v2/customer-persons',
    ]);
    // The real CLI, in a process of its own, finds the same: no difference.
    const key = { AUTH_JWT_SECRET: t.app.get<AuthOptions>(AUTH_OPTIONS).jwtSecret };
    const cli = await runCli(['projections:rebuild', '--compare', '--json'], databaseUrl, key);
    expect(cli.stderr).toBe('');
    expect(JSON.parse(cli.stdout)).toMatchObject({ differences: [], repaired: false });
    expect(cli.code).toBe(0);
  }, 120_000);

  it('reports each difference, repairs them, and audits the repair', async () => {
    const dataSource = t.app.get<DataSource>(DATA_SOURCE);
    const customers = dataSource.getRepository(CustomerEntity);
    const claims = dataSource.getRepository(ContactClaimEntity);
    const auth = { Authorization: `Bearer ${admin}` };
    const body = (customerId: string, email: string) => ({
      customerId,
      customerType: 'individual',
      customer: { firstName: 'Ann', lastName: 'Lee', email },
    });
    await t.http.post('/api/customers').set(auth).send(body('rb_1', 'rb1@example.com')).expect(201);
    await t.http.post('/api/customers').set(auth).send(body('rb_2', 'rb2@example.com')).expect(201);
    const row = await customers.findOneByOrFail({ customerId: 'rb_1' });
    const state = JSON.parse(row.state);
    await customers.update(
      { customerId: 'rb_1' },
      { state: JSON.stringify({ ...state, customer: { ...state.customer, lastName: 'Forged' } }) },
    );
    await claims.delete({ customerId: 'rb_2' });
    await customers.insert({ ...row, customerId: 'rb_ghost' });

    const found = await rebuilder.compare();
    expect(found.differences).toEqual([
      { customerId: 'rb_1', subject: 'customer', kind: 'changed', path: 'state.customer.lastName' },
      { customerId: 'rb_2', subject: 'claim email r***@example.com', kind: 'missing' },
      { customerId: 'rb_ghost', subject: 'customer', kind: 'extra' },
    ]);

    const repaired = await rebuilder.repair({ requestId: 'rb-repair', actorClientId: 'cli:test' });
    expect(repaired).toMatchObject({ repaired: true, differences: found.differences });
    expect((await rebuilder.compare()).differences).toEqual([]);
    const log = await getAs(t, admin)('/api/audit/commands', { commandName: 'RebuildReadModel' });
    expect(log.body.items).toMatchObject([
      { source: 'ops', actor: { clientId: 'cli:test' }, outcome: 'accepted' },
    ]);
    const events = await getAs(t, admin)('/api/audit/events', { type: 'ReadModelRebuilt' });
    expect(events.body.items).toMatchObject([{ streamId: 'ops', data: { differences: 3 } }]);
    expect((await getAs(t, admin)('/api/audit/verify')).body.valid).toBe(true);
  });
  it('drops the contacts operators released, but not one reserved again after its release', async () => {
    const auth = { Authorization: `Bearer ${admin}` };
    const email = (customerId: string, emailAddress: string) =>
      t.http
        .post('/api/bpm/cmd')
        .set(auth)
        .send({
          commandName: 'UpdateContactCommand',
          data: { contactEncodedKey: customerId, emailAddress },
        })
        .expect(200);
    const release = (value: string) =>
      t.http.post('/api/ops/contacts/release').set(auth).send({ kind: 'email', value }).expect(200);
    const register = (customerId: string, address: string) =>
      t.http
        .post('/api/customers')
        .set(auth)
        .send({
          customerId,
          customerType: 'individual',
          customer: { firstName: 'Rel', lastName: 'Eased', email: address },
        })
        .expect(201);
    await register('rel_1', 'rel.x@example.com');
    await email('rel_1', 'rel.y@example.com');
    await release('rel.x@example.com');
    expect((await rebuilder.compare()).differences).toEqual([]);
    // Another customer takes the released value; the first one's replay must not claim it too.
    await register('rel_2', 'rel.x@example.com');
    expect((await rebuilder.compare()).differences).toEqual([]);
    // Released, taken back by its holder, then replaced again: reserved once more.
    await email('rel_1', 'rel.z@example.com');
    await release('rel.y@example.com');
    await email('rel_1', 'rel.y@example.com');
    await email('rel_1', 'rel.w@example.com');
    expect((await rebuilder.compare()).differences).toEqual([]);
    const reserved = await t.app
      .get<DataSource>(DATA_SOURCE)
      .getRepository(ContactClaimEntity)
      .findBy({ customerId: 'rel_1', status: 'removed' });
    expect(reserved.map((claim) => claim.value).sort()).toEqual([
      'rel.y@example.com',
      'rel.z@example.com',
    ]);
  });
});
