import { getAs } from '../support/audit-clients.js';
import { appForCli, buildCli, CLI_ACTOR, removeScratchFolders, runCli } from '../support/cli.js';
import { openReader } from '../support/database-reader.js';
import { describeEachDatabase } from '../support/databases.js';
import type { TestApp } from '../support/test-app.js';

/** clients:create, clients:list and clients:disable: the built CLI as a child process (item 5). */
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

it('describes every clients command and its options in --help', async () => {
  const create = await runCli(['clients:create', '--help']);
  expect(create.code).toBe(0);
  expect(create.stdout).toMatch(/clients:create \[options\] <clientId>/);
  expect(create.stdout).toMatch(/--scopes <list>\s+comma-separated scopes among customers:read/);
  expect(create.stdout).toContain('--json');
  for (const name of ['clients:list', 'clients:disable']) {
    const help = await runCli([name, '--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('--json') });
  }
  const all = await runCli(['--help']);
  expect(all.stdout).toMatch(/clients:create .*print its secret, once/);
});

describeEachDatabase('the clients CLI', (database) => {
  let t: TestApp;
  let url: string;
  beforeAll(async () => ({ t, url } = await appForCli(database)));
  afterAll(() => t.close());
  const tokenStatus = async (clientId: string, clientSecret: string) =>
    (await t.http.post('/auth/get-token').send({ clientId, clientSecret })).status;

  it('creates a client whose secret gets a token, lists it without secret, disables it', async () => {
    const args = ['clients:create', 'cli_ops', '--scopes', 'audit:read, customers:read', '--json'];
    const created = await runCli(args, url);
    expect(created.code).toBe(0);
    const { clientSecret, ...answer } = JSON.parse(created.stdout);
    expect(answer).toEqual({ clientId: 'cli_ops', scopes: ['customers:read', 'audit:read'] });
    expect(await tokenStatus('cli_ops', clientSecret)).toBe(200);

    const listed = await runCli(['clients:list', '--json'], url);
    const mine = JSON.parse(listed.stdout).items.find(
      (c: { clientId: string }) => c.clientId === 'cli_ops',
    );
    expect(mine).toEqual({
      clientId: 'cli_ops',
      scopes: ['customers:read', 'audit:read'],
      disabled: false,
      createdAt: expect.stringMatching(ISO),
    });
    expect((await runCli(['clients:list'], url)).stdout).toMatch(
      /^cli_ops {2}enabled {2}created /m,
    );

    const disabled = await runCli(['clients:disable', 'cli_ops'], url);
    expect(disabled).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^disabled client cli_ops/),
    });
    expect(await tokenStatus('cli_ops', clientSecret)).toBe(401);
    const after = await runCli(['clients:list'], url);
    expect(after.stdout).toMatch(/^cli_ops {2}disabled /m);
    expect(after.stdout + listed.stdout).not.toContain(clientSecret);
  }, 60_000);

  it('prints the secret once, on stdout only, and stores nothing of it in clear', async () => {
    const created = await runCli(['clients:create', 'cli_secret', '--scopes', 'audit:read'], url);
    expect(created.code).toBe(0);
    const secret = /^secret: (\S+)$/m.exec(created.stdout)![1]!;
    expect(created.stdout.split(secret)).toHaveLength(2);
    expect(created.stderr).toBe('');
    const reader = await openReader(url);
    try {
      const [row] = await reader.rows<{ secret_hash: string }>(
        'SELECT secret_hash FROM api_clients WHERE client_id = ?',
        ['cli_secret'],
      );
      expect(row!.secret_hash).toMatch(/^scrypt\$/);
      expect(row!.secret_hash).not.toContain(secret);
      const found = await reader.rows<{ n: number }>(
        'SELECT COUNT(*) AS n FROM events WHERE data LIKE ? OR metadata LIKE ?',
        [`%${secret}%`, `%${secret}%`],
      );
      expect(Number(found[0]!.n)).toBe(0);
    } finally {
      await reader.close();
    }
  }, 60_000);

  it('audits create and disable on ops as cli:<user>; a second disable is a no-op', async () => {
    await runCli(['clients:create', 'cli_audited', '--scopes', 'customers:read'], url);
    await runCli(['clients:disable', 'cli_audited'], url);
    expect((await runCli(['clients:disable', 'cli_audited'], url)).code).toBe(0);
    const get = getAs(t, await t.tokenFor());
    const commands = await get('/api/audit/commands', { clientId: CLI_ACTOR, source: 'ops' });
    const of = (name: string) =>
      commands.body.items
        .filter((c: { commandName: string }) => c.commandName === name)
        .map((c: { outcome: string }) => c.outcome);
    expect(of('CreateClient')).toContain('accepted');
    expect(of('DisableClient')).toEqual(expect.arrayContaining(['accepted', 'noop']));
    const events = await get('/api/audit/events', { clientId: CLI_ACTOR, source: 'ops' });
    const audited = events.body.items.filter(
      (e: { data: { clientId?: string } }) => e.data.clientId === 'cli_audited',
    );
    expect(audited).toMatchObject([
      { streamId: 'ops', type: 'ClientCreated', data: { scopes: ['customers:read'] } },
      { streamId: 'ops', type: 'ClientDisabled', metadata: { actor: { clientId: CLI_ACTOR } } },
    ]);
    // Sealed with the server's key, as the server's own appends are.
    expect((await get('/api/audit/verify', {})).body).toMatchObject({ valid: true });
  }, 60_000);

  it('refuses with a clear message and exit 2: a taken id, a bad id and scope, an unknown client', async () => {
    await runCli(['clients:create', 'cli_taken', '--scopes', 'audit:read'], url);
    const taken = await runCli(['clients:create', 'cli_taken', '--scopes', 'audit:read'], url);
    expect(taken).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: A client with this id already exists\n',
    });
    const invalid = await runCli(['clients:create', 'bad id', '--scopes', 'audit:read,root'], url);
    expect(invalid).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'error: Validation error\n' +
        '  clientId: must match ^[0-9a-zA-Z_-]+$, 1 to 100 characters\n' +
        '  scopes[1]: unknown scope\n',
    });
    const unknown = await runCli(['clients:disable', 'nobody'], url);
    expect(unknown).toMatchObject({ code: 2, stderr: 'error: Client not found\n' });
    const noScopes = await runCli(['clients:create', 'cli_none'], url);
    expect(noScopes.code).not.toBe(0);
    expect(noScopes.stderr).toContain("required option '--scopes <list>' not specified");
  }, 60_000);
});
