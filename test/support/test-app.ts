import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { readConfig } from '../../apps/api/src/config/app-config.js';
import { createApp } from '../../apps/api/src/create-app.js';
import { createTestDatabase, type DatabaseKind } from './databases.js';

export const ADMIN_CLIENT = {
  clientId: 'test_admin',
  clientSecret: 'test-admin-secret-0123456789',
};

/** The token signing key every test app is configured with. */
export const TEST_SIGNING_SECRET = 'test-signing-key-that-is-long-enough-0123456789';

export interface TestApp {
  readonly app: NestFastifyApplication;
  readonly http: TestAgent;
  readonly databaseUrl: string;
  /** A bearer token for a new client holding exactly these scopes (default: all). */
  tokenFor(scopes?: readonly string[]): Promise<string>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  readonly database?: DatabaseKind;
  /** Another instance on an existing database (see {@link startInstances}); not dropped on close. */
  readonly sharedDatabaseUrl?: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Collects the app's log lines here (at LOG_LEVEL, `info` unless env says otherwise). */
  readonly logLines?: string[];
}

let clientCounter = 0;

/** Boots the real application on a fresh database, with a bootstrap admin client. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.sharedDatabaseUrl
    ? { url: options.sharedDatabaseUrl, drop: () => Promise.resolve() }
    : await createTestDatabase(options.database ?? 'sqlite');
  const config = readConfig({
    DATABASE_URL: database.url,
    AUTH_JWT_SECRET: TEST_SIGNING_SECRET,
    BOOTSTRAP_CLIENT_ID: ADMIN_CLIENT.clientId,
    BOOTSTRAP_CLIENT_SECRET: ADMIN_CLIENT.clientSecret,
    LOG_LEVEL: options.logLines ? 'info' : 'silent',
    // Suites send many requests from one client; the rate-limit suite sets small budgets itself.
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_TOKENS_PER_MINUTE: '1000000',
    RATE_LIMIT_TOKEN_ADDRESSES_PER_MINUTE: '1000000',
    RATE_LIMIT_ATTEMPTS_PER_MINUTE: '1000000',
    ...options.env,
  });
  const lines = options.logLines;
  const app = await createApp(
    config,
    lines ? { write: (line: string) => void lines.push(line) } : undefined,
  );
  const http = request(app.getHttpServer());
  const adminToken = await getToken(http, ADMIN_CLIENT.clientId, ADMIN_CLIENT.clientSecret);
  return {
    app,
    http,
    databaseUrl: database.url,
    async tokenFor(scopes) {
      if (!scopes) return adminToken;
      const clientId = `test_client_${++clientCounter}`;
      const created = await http
        .post('/api/clients')
        .set('Authorization', `Bearer ${adminToken}`)
        .send({ clientId, scopes });
      if (created.status !== 201) throw new Error(`client creation failed: ${created.status}`);
      return getToken(http, clientId, (created.body as { clientSecret: string }).clientSecret);
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

async function getToken(http: TestAgent, clientId: string, clientSecret: string): Promise<string> {
  const response = await http.post('/auth/get-token').send({ clientId, clientSecret });
  if (response.status !== 200) throw new Error(`get-token failed: ${response.status}`);
  return (response.body as { data: { token: string } }).data.token;
}
