import { CommandEventTypeEntity, eventHash, OPS_STREAM, toStoredEvent } from '@app/event-store';
import { getAs } from '../support/audit-clients.js';
import { individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { tamperer } from '../support/tampering.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Tampering with the stored log, each time named by stream and version (issue 9 item 3). */
describeEachDatabase('GET /api/audit/verify', (database) => {
  let t: TestApp;
  let admin: string;
  let tamper: ReturnType<typeof tamperer>;
  beforeAll(async () => {
    t = await createTestApp({ database });
    admin = await t.tokenFor();
    tamper = tamperer(t);
  });
  afterAll(() => t.close());

  /** A customer with three events: registered, email changed, city changed. */
  async function threeEvents(customerId: string): Promise<void> {
    const auth = { Authorization: `Bearer ${admin}` };
    const body = individualBody({ customerId, email: `${customerId}@example.com` });
    await t.http.post('/api/customers').set(auth).send(body).expect(201);
    for (const data of [{ emailAddress: `${customerId}.2@example.com` }, { city: 'Kano' }]) {
      await t.http
        .post('/api/bpm/cmd')
        .set(auth)
        .send({
          commandName: 'UpdateContactCommand',
          data: { contactEncodedKey: customerId, ...data },
        })
        .expect(200);
    }
  }
  const verify = async (customerId: string) => {
    const res = await getAs(t, admin)('/api/audit/verify', { customerId });
    expect(res.status).toBe(200);
    return res.body as { valid: boolean; failures?: unknown[]; streams?: number; events?: number };
  };
  type Failure = { streamId: string; version: number; reason: string };
  /** The failures by version, then reason: the report's order is by check, not by version. */
  const failuresOf = async (customerId: string) =>
    ((await verify(customerId)).failures as Failure[]).sort(
      (a, b) => a.version - b.version || a.reason.localeCompare(b.reason),
    );

  it('finds an untouched customer valid', async () => {
    await threeEvents('v_ok');
    expect(await verify('v_ok')).toEqual({ valid: true, streams: 1, events: 3 });
  });

  it('names an event whose data was edited', async () => {
    await threeEvents('v_data');
    await tamper.update('v_data', 2, {
      data: JSON.stringify({ from: null, to: 'me@evil.example' }),
    });
    expect(await failuresOf('v_data')).toEqual([
      { streamId: 'v_data', version: 2, reason: 'hash-mismatch' },
    ]);
  });

  it('names an event whose metadata or copied columns were edited', async () => {
    await threeEvents('v_meta');
    const row = await tamper.row('v_meta', 3);
    const metadata = { ...JSON.parse(row.metadata), actor: { clientId: 'someone_else' } };
    await tamper.update('v_meta', 3, {
      metadata: JSON.stringify(metadata),
      clientId: 'someone_else',
    });
    await tamper.update('v_meta', 2, { clientId: 'hidden_client' });
    expect(await failuresOf('v_meta')).toEqual([
      { streamId: 'v_meta', version: 2, reason: 'columns-mismatch' },
      { streamId: 'v_meta', version: 3, reason: 'hash-mismatch' },
    ]);
  });

  it('names a deleted row, in the middle or at the end', async () => {
    await threeEvents('v_del');
    await tamper.remove('v_del', 2);
    expect(await failuresOf('v_del')).toEqual([
      { streamId: 'v_del', version: 2, reason: 'missing-version' },
      { streamId: 'v_del', version: 3, reason: 'broken-link' },
    ]);
    await threeEvents('v_tail');
    await tamper.remove('v_tail', 3);
    expect(await failuresOf('v_tail')).toEqual([
      { streamId: 'v_tail', version: 3, reason: 'missing-version' },
    ]);
  });

  it('names two rows whose contents were swapped, and rows put in another order', async () => {
    await threeEvents('v_swap');
    const [two, three] = [await tamper.row('v_swap', 2), await tamper.row('v_swap', 3)];
    await tamper.update('v_swap', 2, { data: three.data });
    await tamper.update('v_swap', 3, { data: two.data });
    expect(await failuresOf('v_swap')).toEqual([
      { streamId: 'v_swap', version: 2, reason: 'hash-mismatch' },
      { streamId: 'v_swap', version: 3, reason: 'hash-mismatch' },
    ]);
    await threeEvents('v_order');
    await tamper.reorder('v_order', 2, 3);
    expect(await failuresOf('v_order')).toEqual([
      { streamId: 'v_order', version: 3, reason: 'position-out-of-order' },
    ]);
  });

  it('names a forged row, even one whose hash and link were forged too', async () => {
    await threeEvents('v_forged');
    const last = toStoredEvent(await tamper.row('v_forged', 3));
    const body = {
      ...last,
      eventId: '11111111-1111-4111-8111-111111111111',
      version: 4,
      metadata: { ...last.metadata, commandId: 'forged-command' },
      data: { from: null, to: 'forged@example.com' },
      prevHash: last.hash,
    };
    const { position: _p, hash: _h, ...content } = body;
    await tamper.insert({
      ...content,
      data: JSON.stringify(body.data),
      metadata: JSON.stringify(body.metadata),
      hash: eventHash(content),
      seal: null,
      commandId: 'forged-command',
      clientId: last.metadata.actor.clientId,
      commandName: last.metadata.commandName,
      source: last.metadata.source,
    });
    expect(await failuresOf('v_forged')).toEqual([
      { streamId: 'v_forged', version: 4, reason: 'beyond-read-model' },
      { streamId: 'v_forged', version: 4, reason: 'unrecorded-command' },
      { streamId: 'v_forged', version: 4, reason: 'unsealed' },
    ]);
  });

  it('names a forged append that every keyless check accepts, by its seal', async () => {
    await threeEvents('v_sealed');
    // Hash, link, command-log row and read-model version all forged: only the key is missing.
    const copied = await tamper.appendForged('v_sealed', {
      type: 'EmailChanged',
      data: { from: 'v_sealed.2@example.com', to: 'intruder@evil.example' },
      seal: 'copied',
    });
    expect(await failuresOf('v_sealed')).toEqual([
      { streamId: 'v_sealed', version: copied, reason: 'seal-mismatch' },
    ]);
    await threeEvents('v_unsealed');
    const unsealed = await tamper.appendForged('v_unsealed');
    expect(await failuresOf('v_unsealed')).toEqual([
      { streamId: 'v_unsealed', version: unsealed, reason: 'unsealed' },
    ]);
  });

  it("names an event whose command the command log's type index no longer lists", async () => {
    await threeEvents('v_types');
    const types = tamper.dataSource.getRepository(CommandEventTypeEntity);
    const [two, three] = [await tamper.row('v_types', 2), await tamper.row('v_types', 3)];
    await types.delete({ commandId: two.commandId!, type: two.type });
    await types.update(
      { commandId: three.commandId!, type: three.type },
      { receivedAt: '2001-01-01T00:00:00.000Z' },
    );
    expect(await failuresOf('v_types')).toEqual([
      { streamId: 'v_types', version: 2, reason: 'unlisted-type' },
      { streamId: 'v_types', version: 3, reason: 'unlisted-type' },
    ]);
  });

  it('names a renumbered row', async () => {
    await threeEvents('v_renum');
    await tamper.update('v_renum', 3, { version: 9 });
    expect(await failuresOf('v_renum')).toEqual([
      { streamId: 'v_renum', version: 3, reason: 'missing-version' },
      { streamId: 'v_renum', version: 4, reason: 'beyond-read-model' },
      { streamId: 'v_renum', version: 9, reason: 'hash-mismatch' },
    ]);
  });

  it('answers 404 for a customer with neither events nor a read model', async () => {
    const res = await getAs(t, admin)('/api/audit/verify', { customerId: 'v_nobody' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CUSTOMER_NOT_FOUND');
  });
});

describeEachDatabase('GET /api/audit/verify on a log with a forged operation', (database) => {
  it('names a client forged at the end of the ops stream, by its seal', async () => {
    const t = await createTestApp({ database });
    try {
      const admin = await t.tokenFor();
      await t.tokenFor(['customers:read']); // a genuine ClientCreated before the forged one
      expect((await getAs(t, admin)('/api/audit/verify')).body).toMatchObject({ valid: true });
      const version = await tamperer(t).appendForged(OPS_STREAM, {
        type: 'ClientCreated',
        data: { clientId: 'intruder', scopes: ['audit:read', 'customers:write'] },
        seal: 'made-up',
      });
      const after = (await getAs(t, admin)('/api/audit/verify')).body;
      expect(after.valid).toBe(false);
      expect(after.failures).toEqual([{ streamId: OPS_STREAM, version, reason: 'seal-mismatch' }]);
    } finally {
      await t.close();
    }
  }, 30_000);
});
