import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { DemoFolder } from './demo-folder.js';

/** The built server, as `npm start` runs it: dist/server.js (apps/api/build/bundle-server.ts). */
const SERVER_MAIN = join(import.meta.dirname, '../../../../server.js');
const LISTENING = /listening on (\S+):(\d+)/;
const START_TIMEOUT_MS = 30_000;

export interface DemoClient {
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface DemoServer {
  readonly url: string;
  /** Resolves with the exit code when the server ends, whoever ended it. */
  readonly exited: Promise<number | null>;
  /** SIGTERM: the server finishes in-flight requests, closes the database and exits 0. */
  stop(): Promise<number | null>;
}

function serverEnv(folder: DemoFolder, client: DemoClient): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: folder.databaseUrl,
    NOTIFICATION_SINK: `file:${folder.notifications}`,
    BOOTSTRAP_CLIENT_ID: client.clientId,
    BOOTSTRAP_CLIENT_SECRET: client.clientSecret,
  };
  // The demo client gets every scope, whatever this shell sets.
  delete env.BOOTSTRAP_CLIENT_SCOPES;
  return env;
}

/** The address the server prints once it listens; its own words when it cannot start. */
function listeningUrl(child: ChildProcess): Promise<string> {
  let errors = '';
  child.stderr!.on(
    'data',
    (chunk: Buffer) => (errors = (errors + chunk.toString('utf8')).slice(-2000)),
  );
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the server did not start in 30 s')),
      START_TIMEOUT_MS,
    );
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = LISTENING.exec(line);
      if (!match) return;
      clearTimeout(timer);
      const host = match[1] === '0.0.0.0' || match[1] === '::' ? '127.0.0.1' : match[1]!;
      resolve(`http://${host.includes(':') ? `[${host}]` : host}:${match[2]}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening: ${errors.trim()}`));
    });
  });
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const status = await fetch(`${url}/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url}/health did not answer 200 in 30 s`);
}

/**
 * Starts the built server on the demo folder, in a process group of its own: a Ctrl-C reaches the
 * demo only, which then stops the server with one SIGTERM (two signals would cut its shutdown).
 */
export async function startDemoServer(folder: DemoFolder, client: DemoClient): Promise<DemoServer> {
  const log = createWriteStream(folder.serverLog, { flags: 'a' });
  const child = spawn(process.execPath, [SERVER_MAIN], {
    env: serverEnv(folder, client),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);
  try {
    const url = await listeningUrl(child);
    await waitForHealth(url);
    return {
      url,
      exited,
      async stop() {
        process.off('exit', stopOnExit);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const code = await exited;
        log.end();
        return code;
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}

/** A bearer token for the demo client, as any client gets one. */
export async function demoToken(url: string, client: DemoClient): Promise<string> {
  const response = await fetch(`${url}/auth/get-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(client),
  });
  if (response.status !== 200) throw new Error(`POST /auth/get-token answered ${response.status}`);
  const body = (await response.json()) as { data: { token: string } };
  return body.data.token;
}
