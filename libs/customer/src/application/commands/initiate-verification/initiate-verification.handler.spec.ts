import {
  aBusiness,
  aCommandMetadata,
  anIndividual,
  expectRejection,
  inMemoryCustomers,
  PredictableCodes,
  SequentialIds,
} from '@app/testing';
import type { VerifiedAttribute } from '../../../domain/verification/verification.types.js';
import { InitiateVerificationCommand } from './initiate-verification.command.js';
import { InitiateVerificationHandler } from './initiate-verification.handler.js';

function setUp() {
  const world = inMemoryCustomers();
  world.store.register(anIndividual({ customerId: 'cust_1' }));
  world.store.register(
    anIndividual({ customerId: 'cust_2', email: 'taken@example.com', phones: [] }),
  );
  const handler = new InitiateVerificationHandler(
    world.commands,
    world.store,
    world.claims,
    world.verifications,
    new PredictableCodes(['123456', '654321']),
    world.outbox,
    world.clock,
    new SequentialIds(),
    900,
  );
  const initiate = (attribute: VerifiedAttribute, value: string, customerId = 'cust_1') =>
    handler.execute(
      new InitiateVerificationCommand(
        customerId,
        'WALLET_UPDATE',
        attribute,
        value,
        aCommandMetadata({ source: 'wallet' }),
      ),
    );
  return { ...world, initiate };
}

describe('InitiateVerificationHandler', () => {
  it('stores a pending verification of the normalised value, hashed code only, for 900 s', async () => {
    const { initiate, verifications } = setUp();
    const verification = await initiate('mobile', '+447700900123');
    expect(verification).toMatchObject({
      customerId: 'cust_1',
      attribute: 'mobile',
      value: '+447700900123',
      valueKey: 'mobile:+447700900123',
      status: 'PENDING',
      attemptsRemaining: 5,
      expiresAt: '2026-11-21T10:45:00.000Z',
    });
    expect(JSON.stringify([...verifications.rows.values()])).not.toContain('"123456"');
  });

  it('sends the code to the new value through the outbox', async () => {
    const { initiate, outbox } = setUp();
    const { verificationId } = await initiate('email', ' New@Example.com ');
    expect(outbox.messages).toEqual([
      {
        kind: 'verification-code',
        channel: 'email',
        to: 'New@Example.com',
        customerId: 'cust_1',
        verificationId,
        code: '123456',
      },
    ]);
  });

  it('supersedes the pending verification of the same attribute, not of the other one', async () => {
    const { initiate, verifications } = setUp();
    const first = await initiate('email', 'one@example.com');
    const mobile = await initiate('mobile', '+447700900123');
    const second = await initiate('email', 'two@example.com');
    const statuses = [first, mobile, second].map(
      (v) => verifications.rows.get(v.verificationId)?.status,
    );
    expect(statuses).toEqual(['SUPERSEDED', 'PENDING', 'PENDING']);
  });

  it('refuses a value another customer holds, before sending anything', async () => {
    const { initiate, outbox, commandLog } = setUp();
    await expectRejection(initiate('email', 'TAKEN@example.com'), {
      code: 'CONTACT_IN_USE',
      fields: ['email'],
    });
    expect(outbox.messages).toEqual([]);
    expect(commandLog.entries).toMatchObject([
      { outcome: 'rejected', errorCode: 'CONTACT_IN_USE' },
    ]);
  });

  it('lets a customer verify a value it already holds', async () => {
    const { initiate } = setUp();
    await expect(initiate('email', 'taken@example.com', 'cust_2')).resolves.toMatchObject({
      status: 'PENDING',
    });
  });

  it('refuses a bad value naming it, an unknown customer, and a business', async () => {
    const { initiate, store } = setUp();
    await expectRejection(initiate('mobile', '07700 900123'), {
      code: 'VALIDATION_FAILED',
      fields: ['value'],
    });
    await expectRejection(initiate('email', 'x@y.z', 'nobody'), { code: 'CUSTOMER_NOT_FOUND' });
    store.register(aBusiness({ customerId: 'biz_1' }));
    await expectRejection(initiate('email', 'x@y.z', 'biz_1'), {
      code: 'CUSTOMER_TYPE_NOT_SUPPORTED',
    });
  });
});
