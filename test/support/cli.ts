import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/apps/cli/src/main.js');

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
