import { join } from 'node:path';
import { buildCli, removeScratchFolders, scratchFolder } from '../support/cli.js';
import { startService, tokenFrom, type ServiceProcess } from '../support/service-process.js';
import {
  ADMIN_CLIENT,
  createTestApp,
  TEST_SIGNING_SECRET,
  type TestApp,
} from '../support/test-app.js';

/**
 * `npm start` runs the bundle (dist/server.js, apps/api/build/bundle-server.ts): it must be the
 * same service as the compiled sources, routes, decorator metadata and served files included.
 */
beforeAll(() => buildCli(), 180_000);
afterAll(() => removeScratchFolders());

describe('the bundled server', () => {
  let bundled: ServiceProcess;
  let t: TestApp;
  beforeAll(async () => {
    bundled = await startService({
      DATABASE_URL: `sqlite:${join(scratchFolder(), 'bundled.sqlite')}`,
      AUTH_JWT_SECRET: TEST_SIGNING_SECRET,
      BOOTSTRAP_CLIENT_ID: ADMIN_CLIENT.clientId,
      BOOTSTRAP_CLIENT_SECRET: ADMIN_CLIENT.clientSecret,
    });
    t = await createTestApp();
  });
  afterAll(async () => {
    await bundled.stop();
    await t.close();
  });

  it('answers ready and documents exactly the operations of the compiled sources', async () => {
    expect((await fetch(`${bundled.url}/health/ready`)).status).toBe(200);
    const fromBundle = (await (await fetch(`${bundled.url}/docs/openapi.json`)).json()) as object;
    const fromSources = (await t.http.get('/docs/openapi.json').expect(200)).body as object;
    expect(fromBundle).toEqual(fromSources);
  });

  it("serves the documentation page's scripts from swagger-ui-dist", async () => {
    const script = await fetch(`${bundled.url}/docs/swagger-ui-bundle.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });

  it('refuses a bad command in its surface format, as the sources do', async () => {
    const body = { commandName: 'UpdateContactCommand', data: { contactEncodedKey: '' } };
    const token = await tokenFrom(bundled.url, ADMIN_CLIENT.clientId, ADMIN_CLIENT.clientSecret);
    const fromBundle = await fetch(`${bundled.url}/api/bpm/cmd`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    const fromSources = await t.http
      .post('/api/bpm/cmd')
      .set('Authorization', `Bearer ${await t.tokenFor()}`)
      .send(body);
    expect(fromSources.status).toBe(400);
    expect(fromBundle.status).toBe(400);
    expect(await fromBundle.json()).toEqual(fromSources.body);
  });
});
