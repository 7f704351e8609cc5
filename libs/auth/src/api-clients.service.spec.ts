import type { DataSource } from 'typeorm';
import type { Clock } from '@app/core';
import {
  AUDIT_ENTITIES,
  CommandLogEntity,
  CommandRunner,
  DatabaseStreamTransactions,
  EventStore,
  OPS_STREAM,
  TypeOrmCommandLog,
  type StoredEvent,
} from '@app/event-store';
import { Database, openDataSource } from '@app/persistence';
import { expectRejection } from '@app/testing';
import { ApiClientEntity } from './api-client.entity.js';
import { ApiClientsService } from './api-clients.service.js';
import { SecretHasher } from './secret-hasher.js';

const clock: Clock = { now: () => '2026-11-21T10:30:00.000Z' };
let dataSource: DataSource;
let eventStore: EventStore;
let service: ApiClientsService;

beforeEach(async () => {
  dataSource = await openDataSource(
    { kind: 'sqlite', path: ':memory:' },
    { entities: [...AUDIT_ENTITIES, ApiClientEntity] },
  );
  const db = new Database(dataSource);
  eventStore = new EventStore();
  const hasher = new SecretHasher({ N: 1024, r: 8, p: 1 });
  const runner = new CommandRunner(
    new DatabaseStreamTransactions(db),
    new TypeOrmCommandLog(),
    clock,
  );
  service = new ApiClientsService(db, runner, eventStore, hasher, {
    jwtSecret: 'x',
    tokenTtlSeconds: 60,
    clock,
  });
});

afterEach(() => dataSource.destroy());

/** The request an operations command comes with, as the HTTP adapter builds it. */
const by = (actorClientId: string, requestId: string) => ({
  actorClientId,
  requestId,
  receivedAt: '2026-11-21T10:29:59.990Z',
});

const opsEvents = (): Promise<StoredEvent[]> =>
  eventStore.readStream(dataSource.manager, OPS_STREAM);

describe('ApiClientsService', () => {
  it('creates a client with a one-time 32-byte secret and audits it without the secret', async () => {
    const created = await service.create(
      'partner_1',
      ['customers:write', 'customers:read'],
      by('admin', 'req-1'),
    );
    expect(created).toEqual({
      clientId: 'partner_1',
      clientSecret: expect.any(String),
      scopes: ['customers:read', 'customers:write'],
    });
    expect(Buffer.from(created.clientSecret, 'base64url')).toHaveLength(32);
    const [event, ...rest] = await opsEvents();
    expect(rest).toHaveLength(0);
    expect(event).toMatchObject({
      type: 'ClientCreated',
      version: 1,
      data: { clientId: 'partner_1', scopes: ['customers:read', 'customers:write'] },
      metadata: {
        commandName: 'CreateClient',
        requestId: 'req-1',
        source: 'ops',
        actor: { clientId: 'admin' },
      },
    });
    expect(JSON.stringify(event)).not.toContain(created.clientSecret);
    const row = await dataSource
      .getRepository(ApiClientEntity)
      .findOneByOrFail({ clientId: 'partner_1' });
    expect(row.secretHash).toMatch(/^scrypt\$/);
    expect(row.secretHash).not.toContain(created.clientSecret);
  });

  it('authenticates with the created secret and refuses everything else alike', async () => {
    const { clientSecret } = await service.create(
      'partner_1',
      ['customers:read'],
      by('admin', 'req-1'),
    );
    await expect(service.authenticate('partner_1', clientSecret)).resolves.toMatchObject({
      clientId: 'partner_1',
      scopes: ['customers:read'],
    });
    for (const [id, secret] of [
      ['partner_1', 'wrong'],
      ['nobody', clientSecret],
      ['bad id!', clientSecret],
    ] as const) {
      // One answer for every failure, so that a caller cannot tell which part was wrong.
      await expectRejection(service.authenticate(id, secret), {
        code: 'UNAUTHENTICATED',
        matching: { message: 'Invalid client credentials' },
      });
    }
  });

  it('refuses an existing id with CLIENT_ALREADY_EXISTS and records nothing', async () => {
    await service.create('partner_1', [], by('admin', 'req-1'));
    await expectRejection(service.create('partner_1', ['audit:read'], by('admin', 'req-2')), {
      code: 'CLIENT_ALREADY_EXISTS',
      matching: { clientId: 'partner_1' },
    });
    expect(await opsEvents()).toHaveLength(1);
  });

  it('refuses a bad id or an unknown scope, listing every failing field', async () => {
    await expectRejection(
      service.create('no spaces', ['customers:read', 'root'], by('admin', 'r')),
      { code: 'VALIDATION_FAILED', fields: ['clientId', 'scopes[1]'] },
    );
  });

  it('disables a client once: its secret stops working and ClientDisabled is recorded', async () => {
    const { clientSecret } = await service.create(
      'partner_1',
      ['customers:read'],
      by('admin', 'req-1'),
    );
    const disabled = await service.disable('partner_1', by('admin', 'req-2'));
    expect(disabled).toMatchObject({
      clientId: 'partner_1',
      disabled: true,
      disabledAt: clock.now(),
    });
    await expectRejection(service.authenticate('partner_1', clientSecret), {
      code: 'UNAUTHENTICATED',
      matching: { message: 'Invalid client credentials' },
    });
    await expect(service.findActive('partner_1')).resolves.toBeNull();
    await service.disable('partner_1', by('admin', 'req-3'));
    const events = await opsEvents();
    expect(events.map((e) => [e.type, e.version])).toEqual([
      ['ClientCreated', 1],
      ['ClientDisabled', 2],
    ]);
  });

  it('refuses to disable an unknown client with CLIENT_NOT_FOUND', async () => {
    await expectRejection(service.disable('nobody', by('admin', 'r')), {
      code: 'CLIENT_NOT_FOUND',
      matching: { clientId: 'nobody' },
    });
  });

  it('logs every ops command with its outcome', async () => {
    await service.create('partner_1', [], by('admin', 'req-1'));
    await service.create('partner_1', [], by('admin', 'req-2')).catch(() => undefined);
    await service.disable('partner_1', by('admin', 'req-3'));
    await service.disable('partner_1', by('admin', 'req-4'));
    const log = await dataSource
      .getRepository(CommandLogEntity)
      .find({ order: { requestId: 'ASC' } });
    expect(log.map((e) => [e.requestId, e.commandName, e.outcome, e.errorCode])).toEqual([
      ['req-1', 'CreateClient', 'accepted', null],
      ['req-2', 'CreateClient', 'rejected', 'CLIENT_ALREADY_EXISTS'],
      ['req-3', 'DisableClient', 'accepted', null],
      ['req-4', 'DisableClient', 'noop', null],
    ]);
  });

  it('lists clients without their secrets', async () => {
    await service.create('b_client', ['audit:read'], by('admin', 'r1'));
    await service.create('a_client', [], by('admin', 'r2'));
    const clients = await service.list();
    expect(clients.map((c) => c.clientId)).toEqual(['a_client', 'b_client']);
    expect(clients[1]).toEqual({
      clientId: 'b_client',
      scopes: ['audit:read'],
      disabled: false,
      createdAt: clock.now(),
      disabledAt: null,
    });
  });

  it('creates the bootstrap client once, keeping an existing one as it is', async () => {
    await expect(
      service.ensureBootstrapClient({ clientId: 'ops', secret: 'first-secret', scopes: 'all' }),
    ).resolves.toBe(true);
    await expect(
      service.ensureBootstrapClient({ clientId: 'ops', secret: 'other', scopes: ['audit:read'] }),
    ).resolves.toBe(false);
    const client = await service.authenticate('ops', 'first-secret');
    expect(client.scopes).toHaveLength(6);
    const [event] = await opsEvents();
    expect(event?.metadata.actor).toEqual({ clientId: 'system' });
  });

  it('keeps the shared ops stream gap-free under concurrent changes', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => service.create(`client_${i}`, [], by('admin', `r${i}`))),
    );
    expect((await opsEvents()).map((e) => e.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('the status of a client, asked on every request', () => {
  const disableBehindItsBack = (clientId: string) =>
    dataSource.getRepository(ApiClientEntity).update({ clientId }, { disabled: true });

  it('is read again after its short time, so a client disabled elsewhere is refused then', async () => {
    await service.create('elsewhere_1', ['audit:read'], by('admin', 'r1'));
    expect(await service.findActive('elsewhere_1')).toMatchObject({ clientId: 'elsewhere_1' });
    // Another instance disables it: this one trusts what it read until the time is up.
    await disableBehindItsBack('elsewhere_1');
    expect(await service.findActive('elsewhere_1')).toMatchObject({ clientId: 'elsewhere_1' });
    const uncached = new ApiClientsService(
      new Database(dataSource),
      new CommandRunner(
        new DatabaseStreamTransactions(new Database(dataSource)),
        new TypeOrmCommandLog(),
        clock,
      ),
      eventStore,
      new SecretHasher({ N: 1024, r: 8, p: 1 }),
      { jwtSecret: 'x', tokenTtlSeconds: 60, clock, clientStatusTtlMs: 0 },
    );
    expect(await uncached.findActive('elsewhere_1')).toBeNull();
  });

  it('is forgotten at once when this instance disables the client', async () => {
    await service.create('here_1', ['audit:read'], by('admin', 'r1'));
    expect(await service.findActive('here_1')).not.toBeNull();
    await service.disable('here_1', by('admin', 'r2'));
    expect(await service.findActive('here_1')).toBeNull();
  });
});
