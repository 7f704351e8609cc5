import { individualBody } from '@app/testing';
import { bpmSender } from '../support/bpm-requests.js';
import { describeEachDatabase } from '../support/databases.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { walletClient } from '../support/wallet-requests.js';

describeEachDatabase(
  'two customers racing for one email on two surfaces (API.md §7)',
  (database) => {
    let t: TestApp;
    let token: string;
    beforeAll(async () => {
      t = await createTestApp({ database });
      token = await t.tokenFor();
      for (const customerId of ['race_wallet', 'race_bpm']) {
        await t.http
          .post('/api/customers')
          .set('Authorization', `Bearer ${token}`)
          .send(individualBody({ customerId, email: `${customerId}@example.com` }))
          .expect(201);
      }
    });
    afterAll(() => t.close());

    it('lets exactly one of the wallet and BPM take it; the other gets 409 CONTACT_IN_USE', async () => {
      const [viaWallet, viaBpm] = await Promise.all([
        walletClient(t, token).patch('race_wallet', { email: 'Contested@example.com' }),
        bpmSender(t, token)('UpdateContactCommand', {
          contactEncodedKey: 'race_bpm',
          emailAddress: 'contested@EXAMPLE.com',
        }),
      ]);
      expect([viaWallet.status, viaBpm.status].sort()).toEqual([200, 409]);
      const loser = viaWallet.status === 409 ? viaWallet : viaBpm;
      expect(loser.body.code).toBe('CONTACT_IN_USE');
      const holders = await t.http
        .get('/api/customers')
        .query({ email: 'contested@example.com' })
        .set('Authorization', `Bearer ${token}`);
      expect(holders.body.items).toHaveLength(1);
    });
  },
);
