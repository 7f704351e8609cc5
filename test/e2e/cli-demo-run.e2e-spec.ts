import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SEED_CONTACT_KEY } from '../support/bpm-requests.js';
import {
  buildCli,
  CLI,
  removeScratchFolders,
  ROOT,
  runCli,
  scratchFolder,
} from '../support/cli.js';

/** `npm run demo` (the CLI's demo:run): what it prints works as printed (item 6). */
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

const run = promisify(execFile);

let demo: ChildProcess | undefined;
// A test that failed half-way still stops its demo (which stops its server).
afterEach(() => {
  if (demo?.exitCode === null && demo.signalCode === null) demo.kill('SIGINT');
});

async function freePort(): Promise<number> {
  const server = createServer();
  await once(server.listen(0, '127.0.0.1'), 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

async function until(done: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('the demo did not print its curl commands');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Printed lines run as a user pasting them into bash. */
async function pasted(lines: readonly string[]): Promise<string> {
  return (await run('bash', ['-c', lines.join('\n')])).stdout;
}

it('seeds a fresh database, prints curls that answer 200, and stops on Ctrl-C with 0', async () => {
  const dir = join(scratchFolder(), 'demo');
  mkdirSync(dir);
  // An earlier demo's database: the demo starts from a new one.
  writeFileSync(join(dir, 'customer-contact.sqlite'), 'left by an earlier demo');
  const port = await freePort();
  const child = (demo = spawn(process.execPath, [CLI, 'demo:run', '--dir', dir], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  }));
  const exited = once(child, 'exit') as Promise<[number | null]>;
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  await until(
    () => out.includes('The server runs until Ctrl-C.') || child.exitCode !== null,
    90_000,
  );
  expect(err).toBe('');
  expect(out).toContain(`registered ${SEED_CONTACT_KEY}\n`);
  const lines = out.split('\n');
  const token = lines.find((line) => line.startsWith('export TOKEN='))!;
  const at = (comment: string) => lines.findIndex((line) => line.startsWith(`# ${comment}`));
  const after = (comment: string) => lines[at(comment) + 1]!;
  const status = (line: string) => pasted([token, `${line} -o /dev/null -w '%{http_code}'`]);

  expect(await status(after('BPM UpdateContactCommand'))).toBe('200');
  expect(await status(after('connectFi /customer/update'))).toBe('200');
  expect(await status(after('condor'))).toBe('200');
  const wallet = await pasted([token, ...lines.slice(at('wallet') + 1, at('wallet') + 5)]);
  expect(wallet).toContain('"status":"COMPLETED"');
  expect(wallet).toContain('"email":"amaka.obi@example.com"');
  const customer = JSON.parse(await pasted([token, after('the customer')]));
  expect(customer).toMatchObject({
    customerId: SEED_CONTACT_KEY,
    customer: { email: 'amaka.obi@example.com', addresses: [{ city: 'Abuja', stateCode: 'FCT' }] },
  });

  child.kill('SIGINT');
  const [code] = await exited;
  expect(code).toBe(0);
  expect(out).toContain('server stopped (exit 0)\n');
  await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
}, 150_000);

it('describes demo:run and its option in --help', async () => {
  const help = await runCli(['demo:run', '--help']);
  expect(help).toMatchObject({
    code: 0,
    stdout: expect.stringContaining('print a token and curl'),
  });
  expect(help.stdout).toMatch(/--dir <path>\s+the demo folder, emptied first/);
});

it('leaves alone a folder holding files a demo did not write', async () => {
  const dir = scratchFolder();
  writeFileSync(join(dir, 'notes.txt'), 'mine');
  const result = await runCli(['demo:run', '--dir', dir]);
  expect(result).toMatchObject({
    code: 2,
    stderr: `error: ${dir} holds files a demo did not write (notes.txt): not emptying it\n`,
  });
  expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
});
