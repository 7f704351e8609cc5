import type { DataSource } from 'typeorm';
import { individualBody } from '@app/testing';
import { DATA_SOURCE } from '../../apps/api/src/modules/database.module.js';
import { bpmSender } from '../support/bpm-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { parsePrometheusText, valueOf, type Sample } from '../support/prometheus-text.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient } from '../support/wallet-requests.js';

/** A webhook nobody listens on: every delivery fails, so messages stay in the outbox. */
const DEAD_WEBHOOK = 'webhook:http://127.0.0.1:9/never';

describeEachDatabase('health and metrics (API.md §9)', (database) => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await createTestApp({
      database,
      env: { RATE_LIMIT_TOKENS_PER_MINUTE: '2' },
    });
    token = await t.tokenFor();
  });
  afterAll(() => t.close());
  const scrape = async (): Promise<Sample[]> => {
    const res = await t.http.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    return parsePrometheusText(res.text);
  };

  it('answers /health and /health/ready without a token, the report naming each check', async () => {
    expect((await t.http.get('/health')).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      info: {
        database: { status: 'up' },
        migrations: { status: 'up' },
        outbox: { status: 'up', backlog: 0, limit: 1000 },
      },
    });
  });

  it('is not ready (503) once undelivered notifications reach the backlog limit, alive all along', async () => {
    // An app of its own: its outbox never empties.
    const stuck = await createTestApp({
      database,
      env: { NOTIFICATION_SINK: DEAD_WEBHOOK, OUTBOX_BACKLOG_LIMIT: '2' },
    });
    try {
      const admin = await stuck.tokenFor();
      await stuck.http
        .post('/api/customers')
        .set('Authorization', `Bearer ${admin}`)
        .send(individualBody({ customerId: 'backlog_1', email: 'backlog.1@example.com' }))
        .expect(201);
      const wallet = walletClient(stuck, admin);
      await wallet.initiate('backlog_1', 'email', 'backlog.1.a@example.com').expect(201);
      await wallet.initiate('backlog_1', 'mobile', '+447700900321').expect(201);
      const ready = await stuck.http.get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: 'error',
        error: { outbox: { status: 'down', backlog: 2, limit: 2 } },
        info: { database: { status: 'up' } },
      });
      expect((await stuck.http.get('/health')).status).toBe(200);
      const metrics = parsePrometheusText((await stuck.http.get('/metrics')).text);
      expect(valueOf(metrics, 'outbox_backlog')).toBe(2);
    } finally {
      await stuck.close();
    }
  });

  it('counts requests by route template and status, and times them', async () => {
    await t.http.get('/api/customers/metrics_nobody').set('Authorization', `Bearer ${token}`);
    const samples = await scrape();
    const labels = { method: 'GET', route: '/api/customers/:customerId', status: '404' };
    expect(valueOf(samples, 'http_requests_total', labels)).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'http_request_duration_seconds_count', labels)).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      valueOf(samples, 'http_request_duration_seconds_bucket', { ...labels, le: '+Inf' }),
    ).toBeGreaterThanOrEqual(1);
    // Ids and contacts never become label values.
    expect(
      samples.some((s) => Object.values(s.labels).some((v) => v.includes('metrics_nobody'))),
    ).toBe(false);
  });

  it('counts command outcomes by name, and times the event store’s appends', async () => {
    const customerId = `counted_${database}`;
    await t.http
      .post('/api/customers')
      .set('Authorization', `Bearer ${token}`)
      .send(individualBody({ customerId, email: `${customerId}@example.com` }))
      .expect(201);
    const before = await scrape();
    const count = (samples: Sample[], outcome: string) =>
      valueOf(samples, 'commands_total', { command: 'UpdateContactCommand', outcome }) ?? 0;
    const send = bpmSender(t, token);
    await send('UpdateContactCommand', { contactEncodedKey: customerId, city: 'Kano' });
    await send('UpdateContactCommand', { contactEncodedKey: customerId, city: 'Kano' });
    await send('UpdateContactCommand', { contactEncodedKey: customerId, city: 7 });
    await send('UpdateContactCommand', { contactEncodedKey: 'counted_nobody', city: 'Kano' });
    const after = await scrape();
    expect(count(after, 'accepted') - count(before, 'accepted')).toBe(1);
    expect(count(after, 'noop') - count(before, 'noop')).toBe(1);
    expect(count(after, 'rejected') - count(before, 'rejected')).toBe(2);
    const appends = (samples: Sample[]) =>
      valueOf(samples, 'event_store_append_duration_seconds_count') ?? 0;
    expect(appends(after) - appends(before)).toBe(1);
    expect(valueOf(after, 'command_retries_total')).toEqual(expect.any(Number));
  });

  it('counts rate-limit refusals by budget, and exposes the process metrics', async () => {
    for (let i = 0; i < 3; i++) {
      await t.http.post('/auth/get-token').send({ clientId: 'metrics_guess', clientSecret: 'x' });
    }
    const samples = await scrape();
    expect(
      valueOf(samples, 'rate_limit_refusals_total', { budget: 'tokens' }),
    ).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toEqual(expect.any(Number));
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('is not ready (503) when the database does not answer, and still alive', async () => {
    const broken = await createTestApp({ database });
    await broken.app.get<DataSource>(DATA_SOURCE).destroy();
    const ready = await broken.http.get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'error', error: { database: { status: 'down' } } });
    expect((await broken.http.get('/health')).status).toBe(200);
    await broken.close().catch(() => undefined);
  });
});
