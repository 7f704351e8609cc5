import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases.js';
import { startService, tokenFrom, type ServiceProcess } from './service-process.js';

export const CLUSTER_ADMIN = {
  clientId: 'chaos_admin',
  clientSecret: 'chaos-admin-secret-0123456789',
};
export const CLUSTER_SECRET = 'chaos-signing-key-that-is-long-enough-0123456789';

/** A database the built service can share with other processes: a SQLite file, or PostgreSQL. */
export async function processDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'postgres') return createTestDatabase('postgres');
  const folder = mkdtempSync(join(tmpdir(), 'cct-chaos-'));
  return {
    url: `sqlite:${join(folder, 'db.sqlite')}`,
    drop: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
  };
}

/** What every process of a cluster is started with, `extra` on top. */
export function clusterEnv(
  databaseUrl: string,
  extra: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    AUTH_JWT_SECRET: CLUSTER_SECRET,
    BOOTSTRAP_CLIENT_ID: CLUSTER_ADMIN.clientId,
    BOOTSTRAP_CLIENT_SECRET: CLUSTER_ADMIN.clientSecret,
    // The load here is the test's own; the rate-limit suites test the budgets.
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_ATTEMPTS_PER_MINUTE: '1000000',
    ...extra,
  };
}

export interface CallResult {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

/** A JSON request to one service with the cluster admin's token; never throws on a status. */
export type ServiceCall = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<CallResult>;

export function callerOf(service: ServiceProcess, token: string): ServiceCall {
  return async (method, path, body, headers = {}) => {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : {}) as Record<string, unknown>,
      headers: response.headers,
    };
  };
}

/** `count` processes of the built service on one database, and the admin's token. */
export async function startCluster(
  count: number,
  env: Record<string, string>,
): Promise<{ services: ServiceProcess[]; token: string }> {
  // The first one migrates alone; the others start on a migrated database.
  const first = await startService(env);
  const others = await Promise.all(Array.from({ length: count - 1 }, () => startService(env)));
  const token = await tokenFrom(first.url, CLUSTER_ADMIN.clientId, CLUSTER_ADMIN.clientSecret);
  return { services: [first, ...others], token };
}

const execute = promisify(execFile);

/**
 * `projections:rebuild --compare` of the built CLI on the cluster's database, as an operator
 * runs it: its exit code (0 when the read model equals a replay of the events) and report.
 */
export async function compareReadModel(
  databaseUrl: string,
): Promise<{ code: number; out: string }> {
  const env = { PATH: process.env.PATH ?? '', ...clusterEnv(databaseUrl), LOG_LEVEL: 'silent' };
  try {
    const { stdout } = await execute(
      process.execPath,
      ['dist/apps/cli/src/main.js', 'projections:rebuild', '--compare'],
      { env },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}
