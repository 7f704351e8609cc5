import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asText, getAs } from '../support/audit-clients.js';
import { buildCli, removeScratchFolders, runCli, scratchFolder } from '../support/cli.js';
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
      const valid = await runCli(['audit:verify'], url);
      expect(valid).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^valid: 3 streams, \d+ events\n$/),
      });
      const one = await runCli(['audit:verify', '--customer', 'cli_1', '--json'], url);
      expect(JSON.parse(one.stdout)).toEqual({ valid: true, streams: 1, events: 2 });
      await tamperer(t).update('cli_1', 2, {
        data: '{"addressType":"PRIMARY","from":null,"to":null}',
      });
      const invalid = await runCli(['audit:verify'], url);
      expect(invalid.code).toBe(1);
      expect(invalid.stdout).toContain('INVALID: 1 failures');
      expect(invalid.stdout).toContain('  cli_1 v2 hash-mismatch\n');
      const unknown = await runCli(['audit:verify', '--customer', 'nobody'], url);
      expect(unknown).toMatchObject({ code: 2, stderr: 'error: Customer not found\n' });
    }, 30_000);
  });

  describe('audit:verify-file', () => {
    let t: TestApp;
    let lines: string[];
    const folder = scratchFolder();
    beforeAll(async () => {
      ({ t } = await appWithCustomers(database));
      const token = await t.tokenFor(['audit:read', 'audit:pii']);
      const res = await getAs(t, token)('/api/audit/export').buffer(true).parse(asText);
      lines = (res.body as string).trimEnd().split('\n');
    });
    afterAll(() => t.close());
    const verifyFile = async (name: string, content: readonly string[]) => {
      const path = join(folder, name);
      writeFileSync(path, `${content.join('\n')}\n`);
      return runCli(['audit:verify-file', path]); // no DATABASE_URL: it needs none
    };
    const lineOf = (streamId: string, version: number) =>
      lines.findIndex((l) => l.includes(`"streamId":"${streamId}","version":${version},`));

    it('finds an intact export valid', async () => {
      const result = await verifyFile('intact.ndjson', lines);
      expect(result).toMatchObject({
        code: 0,
        stdout: `valid: 3 streams, ${lines.length} events\n`,
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
        ...lines,
        JSON.stringify({ ...forged, position: 10_000, version: 3, eventId: 'forged' }),
      ];
      const forgedResult = await verifyFile('forged.ndjson', inserted);
      expect(forgedResult.code).toBe(1);
      expect(forgedResult.stdout).toContain(` cli_2 v3 hash-mismatch\n`);
      expect(forgedResult.stdout).toContain(` cli_2 v3 broken-link\n`);
    }, 60_000);
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
