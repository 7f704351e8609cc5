import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const BENCH_CLIENT = { clientId: 'bench', clientSecret: 'bench-secret-0123456789' };
/** The server's secret: the seeded rows are sealed with the key it derives. */
export const BENCH_JWT_SECRET = 'bench-signing-key-0123456789-0123456789';

export interface BenchServer {
  readonly base: string;
  readonly process: ChildProcess;
  /** Resident and peak resident memory of the server process (Linux /proc), in MB. */
  memory(): { rssMb: number; peakMb: number };
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

/** The built server (`npm start`'s entry) on the seeded file, in a process of its own. */
export async function startServer(
  root: string,
  databasePath: string,
  nodeOptions: readonly string[] = [],
): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn('node', [...nodeOptions, join(root, 'dist/server.js')], {
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${databasePath}`,
      AUTH_JWT_SECRET: BENCH_JWT_SECRET,
      BOOTSTRAP_CLIENT_ID: BENCH_CLIENT.clientId,
      BOOTSTRAP_CLIENT_SECRET: BENCH_CLIENT.clientSecret,
      LOG_LEVEL: 'silent',
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const pid = child.pid!;
  return {
    base: `http://127.0.0.1:${port}`,
    process: child,
    memory: () => ({ rssMb: statusMb(pid, 'VmRSS'), peakMb: statusMb(pid, 'VmHWM') }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function tokenOf(base: string): Promise<string> {
  const response = await fetch(`${base}/auth/get-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_CLIENT),
  });
  return ((await response.json()) as { data: { token: string } }).data.token;
}
