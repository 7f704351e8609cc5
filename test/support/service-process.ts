import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

/** What `npm start` runs: the bundled server (apps/api/build/bundle-server.ts). */
const MAIN = 'dist/server.js';
const LISTENING = /listening on ([\d.]+:\d+)/;

/** The built service (`npm run build`) running as a process of its own, as in production. */
export interface ServiceProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** SIGKILL: no shutdown hook runs, as when the machine dies mid-request. */
  kill(): Promise<void>;
  /** SIGTERM, and the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the service on a free port with `env` on top of a minimal environment. */
export async function startService(env: Readonly<Record<string, string>>): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = LISTENING.exec(line);
      if (match) resolve(`http://${match[1]}`);
    });
    child.once('exit', (code) =>
      reject(new Error(`service exited (${code}) before listening: ${stderr}`)),
    );
  });
  const exited = once(child, 'exit') as Promise<[number | null]>;
  return {
    url,
    child,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      const [code] = await exited;
      return code;
    },
  };
}

/** A token for the bootstrap client the service was started with. */
export async function tokenFrom(
  url: string,
  clientId: string,
  clientSecret: string,
): Promise<string> {
  const response = await fetch(`${url}/auth/get-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId, clientSecret }),
  });
  const body = (await response.json()) as { data: { token: string } };
  return body.data.token;
}
