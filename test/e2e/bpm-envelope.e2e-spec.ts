import {
  bpmFailure,
  bpmSender,
  errorFields,
  SEED_SAMPLE_REQUEST,
  type BpmSender,
} from '../support/bpm-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describeEachDatabase(
  'BPM envelope: every outcome in the BPM format (API.md §1, §3)',
  (database) => {
    let t: TestApp;
    let token: string;
    let send: BpmSender;
    beforeAll(async () => {
      t = await createTestApp({ database });
      token = await t.tokenFor();
      send = bpmSender(t, token);
    });
    afterAll(() => t.close());

    it('CBS_401 without a token', async () => {
      const res = await t.http.post('/api/bpm/cmd').send(SEED_SAMPLE_REQUEST);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject(bpmFailure(401, 'UNAUTHENTICATED'));
    });

    it('CBS_403 with a token that lacks customers:write', async () => {
      const reader = await t.tokenFor(['customers:read']);
      const res = await bpmSender(t, reader)('UpdateContactCommand', SEED_SAMPLE_REQUEST.data);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject(bpmFailure(403, 'FORBIDDEN'));
    });

    it('CBS_400 for malformed JSON', async () => {
      const res = await t.http
        .post('/api/bpm/cmd')
        .set({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' })
        .send('{"commandName": ');
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(bpmFailure(400, 'MALFORMED_JSON'));
    });

    it.each(['constructor', '__proto__', 'toString'])(
      'CBS_400 UNKNOWN_COMMAND for %j, a name only an object prototype knows',
      async (name) => {
        const res = await send(name, {});
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject(bpmFailure(400, 'UNKNOWN_COMMAND'));
      },
    );

    it.each([
      ['missing', undefined],
      ['an array', []],
      ['a string', 'x'],
      ['null', null],
    ])('CBS_400 when data is %s', async (_name, data) => {
      const res = await send('UpdateContactCommand', data);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(bpmFailure(400, 'VALIDATION_FAILED', 'Validation error'));
      expect(errorFields(res)).toEqual(['data']);
    });

    it.each([[[]], ['x'], [{ data: {} }]])('CBS_400 for the body %j', async (body) => {
      const res = await t.http
        .post('/api/bpm/cmd')
        .set({ Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' })
        .send(JSON.stringify(body));
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject(bpmFailure(400, 'VALIDATION_FAILED'));
    });
  },
);
