import { getAs } from '../support/audit-clients.js';
import { appForCli, buildCli, CLI_ACTOR, removeScratchFolders, runCli } from '../support/cli.js';
import { individualRegistrar, type IndividualRegistrar } from '../support/customers.js';
import { describeEachDatabase } from '../support/databases.js';
import type { TestApp } from '../support/test-app.js';
import { walletClient } from '../support/wallet-requests.js';

/** contacts:list-reserved and contacts:release: the built CLI as a child process (item 5). */
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

it('describes both contacts commands, their arguments and options in --help', async () => {
  const list = await runCli(['contacts:list-reserved', '--help']);
  expect(list).toMatchObject({ code: 0, stdout: expect.stringContaining('--customer <id>') });
  expect(list.stdout).toContain('--json');
  const release = await runCli(['contacts:release', '--help']);
  expect(release.stdout).toMatch(/contacts:release \[options\] <kind> <value>/);
  expect(release.stdout).toMatch(/kind\s+email or mobile/);
  expect(release.stdout).toContain('--json');
});

describeEachDatabase('the contacts CLI', (database) => {
  let t: TestApp;
  let url: string;
  let token: string;
  let register: IndividualRegistrar;
  let people = 0;
  beforeAll(async () => {
    ({ t, url } = await appForCli(database));
    token = await t.tokenFor();
    register = individualRegistrar(t, token, 'cli_contacts');
  });
  afterAll(() => t.close());

  /** A person whose email and mobile were replaced: both old values are reserved for them. */
  async function aPersonWithReservedContacts() {
    const n = ++people;
    const mobile = String(7_700_800_000 + n);
    const customerId = await register({ mobile });
    const newMobile = `+4477008${String(n).padStart(5, '0')}`;
    await walletClient(t, token)
      .patch(customerId, { email: `${customerId}.new@example.com`, mobileNumber: newMobile })
      .expect(200);
    return { customerId, email: `${customerId}@example.com`, mobile: `+1${mobile}` };
  }

  it('lists the reserved contacts as GET /api/ops/contacts does, all or of one customer', async () => {
    const { customerId, email, mobile } = await aPersonWithReservedContacts();
    await aPersonWithReservedContacts();
    const mine = await runCli(['contacts:list-reserved', '--customer', customerId, '--json'], url);
    expect(mine.code).toBe(0);
    const http = await getAs(t, token)('/api/ops/contacts', { status: 'removed', customerId });
    expect(JSON.parse(mine.stdout)).toEqual({ items: http.body.items });
    expect(http.body.items).toHaveLength(2);
    const text = await runCli(['contacts:list-reserved', '--customer', customerId], url);
    expect(text.stdout).toContain(`email  ${email}  reserved for ${customerId} since `);
    expect(text.stdout).toContain(`mobile  ${mobile}  reserved for ${customerId} since `);
    const all = JSON.parse((await runCli(['contacts:list-reserved', '--json'], url)).stdout);
    expect(all.items.length).toBeGreaterThanOrEqual(4);
  }, 60_000);

  it('releases an email and a mobile, which others may then take; audited on ops', async () => {
    const { customerId, email, mobile } = await aPersonWithReservedContacts();
    const released = await runCli(['contacts:release', 'email', email.toUpperCase()], url);
    expect(released).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(new RegExp(`^released email ${email} at \\S+Z\\n$`)),
    });
    const json = await runCli(['contacts:release', 'mobile', mobile, '--json'], url);
    expect(JSON.parse(json.stdout)).toEqual({
      kind: 'mobile',
      value: mobile,
      releasedAt: expect.any(String),
    });
    await register({ customerId: `${customerId}_taker`, email, mobile: mobile.slice(2) });
    const events = await getAs(t, token)('/api/audit/events', { type: 'ContactReleased' });
    expect(
      events.body.items.filter((e: { data: object }) =>
        JSON.stringify(e.data).includes(customerId),
      ),
    ).toMatchObject([
      {
        streamId: 'ops',
        data: { kind: 'email', value: email, customerId },
        metadata: { actor: { clientId: CLI_ACTOR }, source: 'ops' },
      },
      { streamId: 'ops', data: { kind: 'mobile', value: mobile, customerId } },
    ]);
  }, 60_000);

  it('refuses with a clear message and exit 2: nothing reserved, a value in use, bad input', async () => {
    const { customerId } = await aPersonWithReservedContacts();
    const notReserved = await runCli(['contacts:release', 'email', 'nobody@example.com'], url);
    expect(notReserved).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: No reserved email matches this value\n',
    });
    const active = await runCli(
      ['contacts:release', 'email', `${customerId}.new@example.com`],
      url,
    );
    expect(active).toMatchObject({
      code: 2,
      stderr: 'error: This email is in use by a customer and cannot be released\n',
    });
    const invalid = await runCli(['contacts:release', 'phone', 'x'.repeat(255)], url);
    expect(invalid.stderr).toBe(
      'error: Validation error\n  kind: must be email or mobile\n  value: must be at most 254 characters\n',
    );
    const badMobile = await runCli(['contacts:release', 'mobile', '12'], url);
    expect(badMobile).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^error: Validation error\n {2}value: /),
    });
    const log = await getAs(t, token)('/api/audit/commands', {
      clientId: CLI_ACTOR,
      commandName: 'ReleaseContact',
      outcome: 'rejected',
    });
    const codes = log.body.items.map((c: { errorCode: string }) => c.errorCode);
    expect(codes).toEqual(expect.arrayContaining(['CONTACT_NOT_RESERVED', 'CONTACT_ACTIVE']));
  }, 60_000);
});
