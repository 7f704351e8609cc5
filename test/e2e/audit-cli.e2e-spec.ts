import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asText, getAs } from '../support/audit-clients.js';
import {
  buildCli,
  removeScratchFolders,
  runCli,
  scratchFolder,
  serverSecretOf,
} from '../support/cli.js';
import { individualBody } from '@app/testing';
import { describeEachDatabase, type DatabaseKind } from '../support/databases.js';
import { tamperer } from '../support/tampering.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The real CLI, as a child process of the built project, on the app's database (issue 9 item 7). */
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

/** An app on a database the CLI can open too: a SQLite file, or the PostgreSQL test database. */
async function appWithCustomers(database: DatabaseKind): Promise<{ t: TestApp; url: string }> {
  const file = `sqlite:${join(scratchFolder(), 'cli.sqlite')}`;
  const t = await createTestApp({
    database,
    ...(database === 'sqlite' ? { env: { DATABASE_URL: file } } : {}),
  });
  const admin = await t.tokenFor();
  for (const [customerId, city] of [
    ['cli_1', 'Kano'],
    ['cli_2', 'Jos'],
  ]) {
    const body = individualBody({
      customerId,
      email: `${customerId}@example.com`,
      customer: { identificationDocuments: [] },
    });
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${admin}`)
      .send(body)
      .expect(201);
    await t.http
      .post('/api/bpm/cmd')
      .set('Authorization', `Bearer ${admin}`)
      .send({
        commandName: 'UpdateContactCommand',
        data: { contactEncodedKey: customerId, city },
      })
      .expect(200);
  }
  return { t, url: database === 'sqlite' ? file : t.databaseUrl };
}

describeEachDatabase('the audit CLI', (database) => {
  describe('audit:verify', () => {
    let t: TestApp;
    let url: string;
    beforeAll(async () => ({ t, url } = await appWithCustomers(database)));
    afterAll(() => t.close());

    it('answers valid and exit 0, then names a tampered event and exits 1', async () => {
      const key = serverSecretOf(t);
      const valid = await runCli(['audit:verify'], url, key);
      expect(valid).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^valid: 3 streams, \d+ events\n$/),
      });
      const one = await runCli(['audit:verify', '--customer', 'cli_1', '--json'], url, key);
      expect(JSON.parse(one.stdout)).toEqual({ valid: true, streams: 1, events: 2 });
      await tamperer(t).update('cli_1', 2, {
        data: '{"addressType":"PRIMARY","from":null,"to":null}',
      });
      const version = await tamperer(t).appendForged('cli_2', { seal: 'copied' });
      const invalid = await runCli(['audit:verify'], url, key);
      expect(invalid.code).toBe(1);
      expect(invalid.stdout).toContain('INVALID: 2 failures');
      expect(invalid.stdout).toContain('  cli_1 v2 hash-mismatch\n');
      expect(invalid.stdout).toContain(`  cli_2 v${version} seal-mismatch\n`);
      const unknown = await runCli(['audit:verify', '--customer', 'nobody'], url, key);
      expect(unknown).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/^error: Customer .*not found\n$/),
      });
    }, 30_000);

    it('refuses to run without the server secret, which the seals need', async () => {
      const keyless = await runCli(['audit:verify'], url, { AUTH_JWT_SECRET: '' });
      expect(keyless.code).toBe(2);
      expect(keyless.stderr).toContain('AUTH_JWT_SECRET is needed');
      const wrongKey = await runCli(['audit:verify', '--customer', 'cli_1', '--json'], url, {
        AUTH_JWT_SECRET: 'not-the-server-secret-0123456789',
      });
      expect(wrongKey.code).toBe(1);
      expect(JSON.parse(wrongKey.stdout).failures).toContainEqual({
        streamId: 'cli_1',
        version: 1,
        reason: 'seal-mismatch',
      });
    }, 30_000);
  });

  describe('audit:verify-file', () => {
    let t: TestApp;
    let lines: string[];
    let key: Record<string, string>;
    const folder = scratchFolder();
    beforeAll(async () => {
      ({ t } = await appWithCustomers(database));
      key = serverSecretOf(t);
      const token = await t.tokenFor(['audit:read', 'audit:pii']);
      const res = await getAs(t, token)('/api/audit/export').buffer(true).parse(asText);
      lines = (res.body as string).trimEnd().split('\n');
    });
    afterAll(() => t.close());
    const verifyFile = async (name: string, content: readonly string[], options: string[] = []) => {
      const path = join(folder, name);
      writeFileSync(path, `${content.join('\n')}\n`);
      return runCli(['audit:verify-file', path, ...options], undefined, key); // no DATABASE_URL
    };
    const lineOf = (streamId: string, version: number) =>
      lines.findIndex((l) => l.includes(`"streamId":"${streamId}","version":${version},`));
    const events = () => lines.length - 1; // the last line is the trailer

    it('finds an intact export valid, and says whether the seals were checked', async () => {
      const result = await verifyFile('intact.ndjson', lines);
      expect(result).toMatchObject({
        code: 0,
        stdout: `valid: 3 streams, ${events()} events\nseals: not checked (give the key with --seal-key-from-env <NAME>)\n`,
      });
      const sealed = await verifyFile('intact.ndjson', lines, [
        '--seal-key-from-env',
        'AUTH_JWT_SECRET',
      ]);
      expect(sealed).toMatchObject({
        code: 0,
        stdout: `valid: 3 streams, ${events()} events\nseals: checked\n`,
      });
      const unset = await verifyFile('intact.ndjson', lines, [
        '--seal-key-from-env',
        'NO_SUCH_VAR',
      ]);
      expect(unset).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('NO_SUCH_VAR is not set'),
      });
    }, 30_000);

    it('names an edited event, a deleted line, swapped contents and a forged line', async () => {
      const at = lineOf('cli_2', 2);
      const edited = [...lines];
      edited[at] = edited[at]!.replace('Jos', 'Lagos');
      expect((await verifyFile('edited.ndjson', edited)).stdout).toContain(
        `  line ${at + 1} cli_2 v2 hash-mismatch\n`,
      );

      const deleted = lines.filter((_, i) => i !== lineOf('cli_1', 1));
      const result = await verifyFile('deleted.ndjson', deleted);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(' cli_1 v1 missing-version\n');
      expect(result.stdout).toContain(' trailer-mismatch\n');

      const [a, b] = [lineOf('cli_1', 2), lineOf('cli_2', 2)];
      const dataOf = (line: string) => JSON.stringify(JSON.parse(line).data);
      const swapped = [...lines];
      swapped[a] = lines[a]!.replace(
        dataOf(lines[a]!),
        dataOf(lines[b]!).replace('cli_2', 'cli_1'),
      );
      swapped[b] = lines[b]!.replace(
        dataOf(lines[b]!),
        dataOf(lines[a]!).replace('cli_1', 'cli_2'),
      );
      const swappedResult = await verifyFile('swapped.ndjson', swapped);
      expect(swappedResult.stdout).toContain(` cli_1 v2 hash-mismatch\n`);
      expect(swappedResult.stdout).toContain(` cli_2 v2 hash-mismatch\n`);

      const forged = JSON.parse(lines[lineOf('cli_2', 2)]!);
      const inserted = [
        ...lines.slice(0, -1),
        JSON.stringify({ ...forged, position: 10_000, version: 3, eventId: 'forged' }),
        lines.at(-1)!,
      ];
      const forgedResult = await verifyFile('forged.ndjson', inserted);
      expect(forgedResult.code).toBe(1);
      expect(forgedResult.stdout).toContain(` cli_2 v3 hash-mismatch\n`);
      expect(forgedResult.stdout).toContain(` cli_2 v3 broken-link\n`);
    }, 60_000);

    it('names a file cut short, by its missing trailer', async () => {
      const cut = await verifyFile('cut.ndjson', lines.slice(0, -2));
      expect(cut.code).toBe(1);
      expect(cut.stdout).toContain(`  line ${lines.length - 1} missing-trailer\n`);
    }, 30_000);

    it('does not call valid a line edited and flagged redacted, unless told to accept redacted lines', async () => {
      const at = lineOf('cli_2', 2);
      const disguised = [...lines];
      const event = JSON.parse(lines[at]!);
      disguised[at] = JSON.stringify({
        ...event,
        data: { ...event.data, to: null },
        redacted: true,
      });
      const refused = await verifyFile('disguised.ndjson', disguised);
      expect(refused.code).toBe(1);
      expect(refused.stdout).toContain(
        `NOT VERIFIED: 1 redacted events in 3 streams, ${events()} events\n`,
      );
      expect(refused.stdout).toContain('redacted: 1 events were exported redacted');
      const accepted = await verifyFile('disguised.ndjson', disguised, ['--accept-redacted']);
      expect(accepted.code).toBe(0);
      expect(accepted.stdout).toContain('accepted (--accept-redacted)');
    }, 30_000);
  });

  describe('projections:rebuild', () => {
    let t: TestApp;
    let url: string;
    beforeAll(async () => ({ t, url } = await appWithCustomers(database)));
    afterAll(() => t.close());

    it('compares, repairs a damaged read model, audits the repair and compares clean again', async () => {
      const clean = await runCli(['projections:rebuild', '--compare'], url);
      expect(clean).toMatchObject({
        code: 0,
        stdout: 'no difference: 2 customers, 4 events replayed\n',
      });
      await tamperer(t).dataSource.query(
        `UPDATE customers SET version = 7 WHERE customer_id = 'cli_2'`,
      );
      const found = await runCli(['projections:rebuild', '--compare'], url);
      expect(found.code).toBe(1);
      expect(found.stdout).toContain('  cli_2 customer changed version\n');
      expect(found.stdout).toContain('nothing was changed (--compare)');
      const repaired = await runCli(['projections:rebuild'], url);
      expect(repaired.code).toBe(1);
      expect(repaired.stdout).toContain('the live read model was repaired');
      expect((await runCli(['projections:rebuild', '--compare'], url)).code).toBe(0);
      const admin = await t.tokenFor();
      const log = await getAs(t, admin)('/api/audit/commands', { commandName: 'RebuildReadModel' });
      expect(log.body.items).toMatchObject([
        { source: 'ops', outcome: 'accepted', actor: { clientId: expect.stringMatching(/^cli:/) } },
      ]);
    }, 60_000);
  });
});
