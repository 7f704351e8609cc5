import { randomBytes } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent.js';
import { Database } from '@app/persistence';
import { counterPool } from '../../apps/api/src/http/rate-limit/rate-limiters.js';
import { POSTGRES_ADMIN_URL } from '../support/databases.js';
import { startInstances, stopInstances, type RunningInstance } from '../support/instances.js';
import { SLOW_TIMEOUT_MS } from '../support/connectfi-requests.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const WRITES = 6;
const REDIS_URL = process.env.TEST_REDIS_URL;

/** One write that passes the guard and fails after it (an unknown customer): it costs a point. */
const write = (http: TestAgent, token: string) =>
  http
    .post('/api/bpm/cmd')
    .set('Authorization', `Bearer ${token}`)
    .send({ commandName: 'UpdateContactCommand', data: { contactEncodedKey: 'no', city: 'X' } });

/**
 * Spends the budget round-robin over `agents` (one client's token on each), then asks once more:
 * counted per instance, each would still have budget left; counted in one store, it is spent.
 */
async function expectOneBudget(agents: readonly TestAgent[], token: string): Promise<void> {
  for (let i = 0; i < WRITES; i++) {
    expect((await write(agents[i % agents.length]!, token)).status).toBe(404);
  }
  for (const agent of agents) {
    const refused = await write(agent, token);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 'CBS_429', code: 'RATE_LIMITED' });
  }
}

const onPostgres = POSTGRES_ADMIN_URL ? describe : describe.skip;
onPostgres('one write budget for three instances on one PostgreSQL database', () => {
  let instances: RunningInstance[];
  beforeAll(async () => {
    instances = await startInstances(3, { RATE_LIMIT_WRITES_PER_MINUTE: String(WRITES) });
  }, SLOW_TIMEOUT_MS);
  afterAll(() => stopInstances(instances));

  it('refuses the client on every instance once its writes over all of them reach the budget', async () => {
    const token = await instances[0]!.app.tokenFor();
    await expectOneBudget(
      instances.map((instance) => instance.http),
      token,
    );
  });

  it('counts on connections of their own that do not wait for the disk', async () => {
    const pool = counterPool(instances[0]!.app.app.get(Database));
    try {
      const { rows } = await pool.query<{ synchronous_commit: string }>('SHOW synchronous_commit');
      expect(rows).toEqual([{ synchronous_commit: 'off' }]);
    } finally {
      await pool.end();
    }
  });
});

const onRedis = REDIS_URL ? describe : describe.skip;
onRedis('one write budget for two instances sharing Redis (REDIS_URL)', () => {
  let apps: TestApp[];
  beforeAll(async () => {
    // Two SQLite instances, which alone would count in memory each; a prefix of this run's own.
    const env = {
      REDIS_URL: REDIS_URL!,
      RATE_LIMIT_REDIS_PREFIX: `test-${randomBytes(6).toString('hex')}`,
      RATE_LIMIT_WRITES_PER_MINUTE: String(WRITES),
    };
    apps = await Promise.all([createTestApp({ env }), createTestApp({ env })]);
  }, SLOW_TIMEOUT_MS);
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  it('refuses the client on both once its writes over both reach the budget', async () => {
    // The bootstrap admin has one id on both instances, and both sign with the same key.
    const token = await apps[0]!.tokenFor();
    await expectOneBudget(
      apps.map((app) => app.http),
      token,
    );
  });
});
