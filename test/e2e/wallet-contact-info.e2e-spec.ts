import { businessBody, individualBody } from '@app/testing';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient, type WalletClient } from '../support/wallet-requests.js';

describeEachDatabase(
  'wallet PATCH /v2/customer-persons/:id/contact-info (API.md §5.1)',
  (database) => {
    let t: TestApp;
    let token: string;
    let wallet: WalletClient;
    let customers = 0;
    beforeAll(async () => {
      t = await createTestApp({ database });
      token = await t.tokenFor();
      wallet = walletClient(t, token);
    });
    afterAll(() => t.close());

    async function aPerson(email?: string): Promise<string> {
      const customerId = `wallet_${++customers}`;
      await t.http
        .post('/api/customers')
        .set('Authorization', `Bearer ${token}`)
        .send(individualBody({ customerId, email: email ?? `${customerId}@example.com` }))
        .expect(201);
      return customerId;
    }

    it('answers 200 with the contact info, its version and an ETag', async () => {
      const customerId = await aPerson();
      const res = await wallet.patch(customerId, {
        email: 'set@example.com',
        mobileNumber: '+447700900123',
      });
      expect(res.status).toBe(200);
      expect(res.headers.etag).toBe('"3"');
      expect(res.body).toEqual({
        customerId,
        email: 'set@example.com',
        mobileNumber: '+447700900123',
        version: 3,
        updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/) as string,
      });
    });

    it('records source wallet and the actor on every event', async () => {
      const customerId = await aPerson();
      await wallet.patch(customerId, { email: 'meta@example.com' }).expect(200);
      const history = await t.http
        .get(`/api/customers/${customerId}/history`)
        .set('Authorization', `Bearer ${token}`);
      expect(history.body.items.at(-1)).toMatchObject({
        type: 'EmailChanged',
        metadata: {
          source: 'wallet',
          commandName: 'UpdateContactInfoCommand',
          actor: { clientId: 'test_admin' },
        },
      });
    });

    it('refuses an If-Match that is not the current version with 412, and takes the current one', async () => {
      const customerId = await aPerson();
      const stale = await wallet.patch(
        customerId,
        { email: 'late@example.com' },
        { 'If-Match': '"2"' },
      );
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT', status: 412 });
      const current = await wallet.patch(
        customerId,
        { email: 'late@example.com' },
        { 'If-Match': '"1"' },
      );
      expect(current.status).toBe(200);
    });

    it('lists every bad field, and needs an email or a mobile number', async () => {
      const customerId = await aPerson();
      const bad = await wallet.patch(customerId, { email: 'nope', mobileNumber: '07700 900123' });
      expect(bad.status).toBe(400);
      expect(bad.headers['content-type']).toContain('application/problem+json');
      expect(bad.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'email' }, { field: 'mobileNumber' }],
      });
      // A wrong type and a bad format are found by different checks, and listed in one answer.
      for (const body of [
        { email: 7, mobileNumber: '+1 23' },
        { email: 'nope', mobileNumber: 123 },
      ]) {
        const mixed = await wallet.patch(customerId, body);
        expect(mixed.status).toBe(400);
        expect(mixed.body.errors.map((e: { field: string }) => e.field)).toEqual([
          'email',
          'mobileNumber',
        ]);
      }
      const wrongType = await wallet.patch(customerId, { email: 7 });
      expect(wrongType.body.errors).toEqual([
        { field: 'email', message: 'email must be a string' },
      ]);
      const empty = await wallet.patch(customerId, { verificationId: 'v1' });
      expect(empty.status).toBe(400);
      expect(empty.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'email' }] });
      const extra = await wallet.patch(customerId, { email: 'a@b.cd', nickname: 'x' });
      expect(extra.status).toBe(400);
    });

    it('answers 404 for an unknown customer and 400 CUSTOMER_TYPE_NOT_SUPPORTED for a business', async () => {
      const missing = await wallet.patch('nobody_here', { email: 'x@example.com' });
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'CUSTOMER_NOT_FOUND' });
      await t.http
        .post('/api/customers')
        .set('Authorization', `Bearer ${token}`)
        .send(businessBody({ customerId: 'wallet_business' }))
        .expect(201);
      const business = await wallet.patch('wallet_business', { email: 'x@example.com' });
      expect(business.status).toBe(400);
      expect(business.body).toMatchObject({ code: 'CUSTOMER_TYPE_NOT_SUPPORTED' });
    });

    it('answers 409 CONTACT_IN_USE for a value another customer holds, changing nothing', async () => {
      const [customerId, holder] = [await aPerson(), await aPerson()];
      const res = await wallet.patch(customerId, {
        email: `${holder}@EXAMPLE.com`,
        mobileNumber: '+447700900999',
      });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'CONTACT_IN_USE', errors: [{ field: 'email' }] });
      const read = await t.http
        .get(`/api/customers/${customerId}`)
        .set('Authorization', `Bearer ${token}`);
      expect(read.body.version).toBe(1);
    });
  },
);
