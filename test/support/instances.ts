import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { createTestApp, type TestApp } from './test-app.js';

/** One service instance listening on a real port, as a load balancer would reach it. */
export interface RunningInstance {
  readonly app: TestApp;
  readonly http: TestAgent;
}

/**
 * `count` instances of the service on one fresh PostgreSQL database, each with its own
 * connection pool and listening on its own port. The first one creates (and later drops) the
 * database; the others start on it as extra instances do in production.
 */
export async function startInstances(
  count: number,
  env: Readonly<Record<string, string>> = {},
): Promise<RunningInstance[]> {
  const first = await createTestApp({ database: 'postgres', env });
  const others = await Promise.all(
    Array.from({ length: count - 1 }, () =>
      createTestApp({ database: 'postgres', sharedDatabaseUrl: first.databaseUrl, env }),
    ),
  );
  const apps = [first, ...others];
  return Promise.all(
    apps.map(async (app) => {
      await app.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.app.getHttpServer().address() as AddressInfo;
      return { app, http: request(`http://127.0.0.1:${port}`) };
    }),
  );
}

/** Closes the extra instances first, then the one that drops the database. */
export async function stopInstances(instances: readonly RunningInstance[]): Promise<void> {
  const [first, ...others] = instances;
  await Promise.all(others.map((instance) => instance.app.close()));
  await first?.app.close();
}
