import { execFile } from 'node:child_process';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SEED_INDIVIDUAL_RESPONSE_DATA, seedIndividualRegistration } from '@app/testing';
import { ISO_MS } from '../support/bpm-requests.js';
import {
  bootConnectFi,
  SLOW_TIMEOUT_MS,
  type ConnectFiApp,
} from '../support/connectfi-requests.js';
import { describeEachDatabase } from '../support/databases.js';

const run = promisify(execFile);
const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
/** The project's node_modules, where the real axios (a devDependency) is installed. */
const NODE_MODULES = fileURLToPath(new URL('../../node_modules', import.meta.url));

/** The seed's token placeholder, which the test replaces with a real token. */
const TOKEN_PLACEHOLDER = 'A long random string token received from /auth/get-token request';

/**
 * The snippet is CommonJS `require` with a top-level `await`, which neither module system runs
 * as it is; as an ES module with `require` made by createRequire it runs unchanged.
 */
const ESM_PRELUDE =
  "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";

/**
 * The vendor's own client code for `/customer/update` (connectfi-customer-update.txt), run as
 * child processes against the app listening on loopback. Only the base URL (read from
 * CONNECTFI_BASE_URL) and the token are substituted.
 */
describeEachDatabase('the connectFi seed’s cURL and axios snippets', (database) => {
  let app: ConnectFiApp;
  let env: NodeJS.ProcessEnv;
  let dir: string;
  beforeAll(async () => {
    app = await bootConnectFi(database);
    await app.register(seedIndividualRegistration());
    await app.t.app.listen(0, '127.0.0.1');
    const { port } = app.t.app.getHttpServer().address() as AddressInfo;
    env = { ...process.env, CONNECTFI_BASE_URL: `http://127.0.0.1:${port}` };
    dir = await mkdtemp(join(tmpdir(), 'connectfi-client-'));
  }, SLOW_TIMEOUT_MS);
  afterAll(async () => {
    await app.t.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Whichever snippet runs first makes the change, the other is a no-op: the same answer. */
  const updatedCustomer = {
    code: '0',
    data: {
      ...SEED_INDIVIDUAL_RESPONSE_DATA,
      dtsCreatedAt: expect.stringMatching(ISO_MS) as string,
      version: 5,
      updatedAt: expect.stringMatching(ISO_MS) as string,
    },
    requestId: expect.any(String) as string,
  };

  it(
    'runs the cURL command: 200 and the updated customer',
    async () => {
      const seed = await readFile(fixture('connectfi-seed/customer-update.curl.sh.txt'), 'utf8');
      const command = seed
        .trim()
        .replace('"CONNECTFI_BASE_URL/', '"$CONNECTFI_BASE_URL/')
        .replace(TOKEN_PLACEHOLDER, app.token);
      // The status follows the body on its own line; the command itself is the seed's.
      const { stdout } = await run(
        'bash',
        ['-c', `${command} --silent --write-out '\\n%{http_code}'`],
        {
          env,
        },
      );
      const [body = '', status] = stdout.split('\n');
      expect(status).toBe('200');
      expect(JSON.parse(body)).toStrictEqual(updatedCustomer);
    },
    SLOW_TIMEOUT_MS,
  );

  it(
    'runs the axios snippet with the real axios: 200 and the updated customer',
    async () => {
      const seed = await readFile(fixture('connectfi-seed/customer-update.axios.js.txt'), 'utf8');
      const snippet = seed
        .replace(
          "'${CONNECTFI_BASE_URL}/customer/update'",
          '`${process.env.CONNECTFI_BASE_URL}/customer/update`',
        )
        .replace(TOKEN_PLACEHOLDER, app.token);
      const file = join(dir, 'customer-update.mjs');
      await writeFile(file, ESM_PRELUDE + snippet);
      // The snippet lives in a temporary directory: NODE_PATH lets its `require('axios')` find
      // the project's axios, and the same lookup from there must land on that package.
      const childEnv = { ...env, NODE_PATH: NODE_MODULES };
      const resolved = await run(
        process.execPath,
        ['-e', "process.stdout.write(require.resolve('axios'))"],
        { env: childEnv, cwd: dir },
      );
      const axiosDir = (await realpath(join(NODE_MODULES, 'axios'))) + sep;
      expect(resolved.stdout.slice(0, axiosDir.length)).toBe(axiosDir);
      const { stdout } = await run(process.execPath, [file], { env: childEnv, cwd: dir });
      // The snippet prints the body only for a 200, and an error summary otherwise.
      expect(JSON.parse(stdout)).toStrictEqual(updatedCustomer);
    },
    SLOW_TIMEOUT_MS,
  );
});
