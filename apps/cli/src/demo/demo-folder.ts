import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What a demo folder holds: the database (and its journal), the key, the messages, the log. */
const DEMO_FILE =
  /^(customer-contact\.sqlite(-wal|-shm|-journal)?|auth-jwt-secret|notifications\.ndjson|server\.log)$/;

export interface DemoFolder {
  readonly path: string;
  readonly databaseUrl: string;
  readonly notifications: string;
  readonly serverLog: string;
}

/**
 * Empties the demo folder (or creates it), so that every demo starts on a fresh database. A folder
 * holding anything a demo does not write is left alone: `--dir` may have been mistyped.
 */
export function freshDemoFolder(dir: string): DemoFolder {
  const path = resolve(dir);
  if (existsSync(path)) {
    const foreign = readdirSync(path).filter((name) => !DEMO_FILE.test(name));
    if (foreign.length > 0) {
      throw new Error(`${path} holds files a demo did not write (${foreign[0]}): not emptying it`);
    }
    rmSync(path, { recursive: true, force: true });
  }
  mkdirSync(path, { recursive: true });
  return {
    path,
    databaseUrl: `sqlite:${join(path, 'customer-contact.sqlite')}`,
    notifications: join(path, 'notifications.ndjson'),
    serverLog: join(path, 'server.log'),
  };
}
