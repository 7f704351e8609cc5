import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { AUTH_OPTIONS, type AuthOptions } from '@app/auth';
import type { DatabaseKind } from './databases.js';
import { createTestApp, TEST_SIGNING_SECRET, type TestApp } from './test-app.js';

const run = promisify(execFile);
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built CLI (`npm run build`), as `npm run cli` runs it. */
export const CLI = join(ROOT, 'dist/apps/cli/src/main.js');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Compiles the project as `npm run cli` does (the CLI runs the tsc build, not the sources). */
export async function buildCli(): Promise<void> {
  await run('npm', ['run', 'build', '--silent'], { cwd: ROOT });
}

/**
 * Runs the built CLI as a child process on the given database, as an operator would, with
 * `extraEnv` added to this process's environment (the server's AUTH_JWT_SECRET, say).
 */
export async function runCli(
  args: readonly string[],
  databaseUrl?: string,
  extraEnv: Readonly<Record<string, string>> = {},
): Promise<CliResult> {
  const env = {
    ...process.env,
    // The test apps' secret: an operator runs the CLI with the server's, so both seal alike.
    AUTH_JWT_SECRET: TEST_SIGNING_SECRET,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...extraEnv,
  };
  try {
    const { stdout, stderr } = await run('node', [CLI, ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

const folders: string[] = [];

/** A fresh folder for the files of one test (database files, exports). */
export function scratchFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'cct-cli-'));
  folders.push(folder);
  return folder;
}

/** Removes every folder scratchFolder made in this test file. */
export function removeScratchFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** The actor the CLI records for the changes it makes: `cli:<os user>`. */
export const CLI_ACTOR = `cli:${userInfo().username}`;

/** An app on a database the CLI can open too: a SQLite file, or a new PostgreSQL database. */
export async function appForCli(database: DatabaseKind): Promise<{ t: TestApp; url: string }> {
  const file = `sqlite:${join(scratchFolder(), 'cli.sqlite')}`;
  const t = await createTestApp({
    database,
    ...(database === 'sqlite' ? { env: { DATABASE_URL: file } } : {}),
  });
  return { t, url: database === 'sqlite' ? file : t.databaseUrl };
}

/** The server's secret, as an operator's environment holds it for the CLI. */
export const serverSecretOf = (t: TestApp) => ({
  AUTH_JWT_SECRET: t.app.get<AuthOptions>(AUTH_OPTIONS).jwtSecret,
});
