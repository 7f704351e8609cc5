import {
  aBusiness,
  aCommandMetadata,
  anIndividual,
  aVerification,
  expectRejection,
  inMemoryCustomers,
} from '@app/testing';
import type { ContactVerificationPolicy } from '../../tokens.js';
import {
  UpdateContactInfoCommand,
  type ContactInfoChanges,
} from './update-contact-info.command.js';
import { UpdateContactInfoHandler } from './update-contact-info.handler.js';

function setUp(policy: ContactVerificationPolicy = 'optional') {
  const world = inMemoryCustomers();
  world.store.register(anIndividual({ customerId: 'cust_1' }));
  const handler = new UpdateContactInfoHandler(
    world.runner,
    world.verifications,
    policy,
    world.clock,
  );
  const run = (changes: ContactInfoChanges, verificationId?: string, customerId = 'cust_1') =>
    handler.execute(
      new UpdateContactInfoCommand(
        customerId,
        changes,
        aCommandMetadata({ source: 'wallet' }),
        verificationId,
      ),
    );
  /** A completed verification of `value` for cust_1, stored. */
  const verified = (overrides: Parameters<typeof aVerification>[0] = {}) => {
    const verification = aVerification({ status: 'COMPLETED', ...overrides });
    world.verifications.rows.set(verification.verificationId, verification);
    return verification;
  };
  return { ...world, run, verified };
}

describe('UpdateContactInfoHandler', () => {
  it('sets the email and the MOBILE phone from an E.164 number', async () => {
    const { run, store } = setUp();
    const { state } = await run({ email: 'new@example.com', mobileNumber: '+447700900123' });
    expect(store.saved[0]?.events.map(({ type, data }) => ({ type, data }))).toEqual([
      { type: 'EmailChanged', data: { from: 'abc123def4@test.test', to: 'new@example.com' } },
      {
        type: 'MobileChanged',
        data: {
          from: { type: 'MOBILE', countryDialingCode: '01', phoneNumber: '1234567890' },
          to: { type: 'MOBILE', countryDialingCode: '44', phoneNumber: '7700900123' },
        },
      },
    ]);
    expect(state.version).toBe(3);
    expect(store.saved[0]?.metadata).toMatchObject({
      commandName: 'UpdateContactInfoCommand',
      source: 'wallet',
    });
    expect(store.saved[0]?.metadata).not.toHaveProperty('verificationId');
  });

  it('sends each replaced value a notice with the new value masked', async () => {
    const { run, outbox } = setUp();
    await run({ email: 'new@example.com', mobileNumber: '+447700900123' });
    expect(outbox.messages).toEqual([
      {
        kind: 'contact-replaced',
        channel: 'email',
        to: 'abc123def4@test.test',
        customerId: 'cust_1',
        replacedBy: 'n***@example.com',
      },
      {
        kind: 'contact-replaced',
        channel: 'sms',
        to: '+11234567890',
        customerId: 'cust_1',
        replacedBy: '+********0123',
      },
    ]);
  });

  it('lists a bad email and a bad mobile number together', async () => {
    const { run } = setUp();
    await expectRejection(run({ email: 'nope', mobileNumber: '07700 900123' }), {
      code: 'VALIDATION_FAILED',
      fields: ['email', 'mobileNumber'],
    });
  });

  it('with verification required, refuses a change without a verificationId and writes nothing', async () => {
    const { run, store, commandLog, outbox } = setUp('required');
    await expectRejection(run({ email: 'new@example.com', mobileNumber: '+447700900123' }), {
      code: 'VERIFICATION_REQUIRED',
      fields: ['email', 'mobileNumber'],
    });
    expect(store.saved).toEqual([]);
    expect(outbox.messages).toEqual([]);
    expect(commandLog.entries).toMatchObject([
      { outcome: 'rejected', errorCode: 'VERIFICATION_REQUIRED' },
    ]);
  });

  it('with verification required, names only the value that would change; same values need none', async () => {
    const { run } = setUp('required');
    await expectRejection(run({ email: 'abc123def4@test.test', mobileNumber: '+447700900123' }), {
      code: 'VERIFICATION_REQUIRED',
      fields: ['mobileNumber'],
    });
    await expect(run({ email: 'abc123def4@test.test' })).resolves.toMatchObject({
      outcome: 'noop',
    });
  });

  it('accepts a completed verification of the value, consumes it and records it in the metadata', async () => {
    const { run, store, verifications, verified } = setUp('required');
    const { verificationId } = verified({
      value: 'New@Example.com',
      valueKey: 'email:new@example.com',
    });
    await expect(run({ email: 'new@example.com' }, verificationId)).resolves.toMatchObject({
      outcome: 'accepted',
    });
    expect(store.saved[0]?.metadata).toMatchObject({ verificationId });
    expect(verifications.rows.get(verificationId)).toMatchObject({ status: 'CONSUMED' });
  });

  it('refuses a verification that is consumed, pending, for another customer or value, unknown, or expired', async () => {
    const { run, verified, clock } = setUp();
    const email = { email: 'new@example.com' };
    const cases = [
      verified({ verificationId: 'v_used', status: 'CONSUMED' }),
      verified({ verificationId: 'v_pending', status: 'PENDING' }),
      verified({ verificationId: 'v_theirs', customerId: 'cust_2' }),
      verified({ verificationId: 'v_other', valueKey: 'email:other@example.com' }),
      verified({
        verificationId: 'v_mobile',
        attribute: 'mobile',
        valueKey: 'mobile:+447700900123',
      }),
    ];
    for (const { verificationId } of cases) {
      await expectRejection(run(email, verificationId), { code: 'VERIFICATION_INVALID' });
    }
    await expectRejection(run(email, 'v_nobody'), { code: 'VERIFICATION_INVALID' });
    const late = verified({ verificationId: 'v_late', expiresAt: clock.now() });
    await expectRejection(run(email, late.verificationId), { code: 'VERIFICATION_EXPIRED' });
  });

  it('does not consume a verification when its value is already the stored one', async () => {
    const { run, verifications, verified } = setUp();
    const { verificationId } = verified({
      value: 'abc123def4@test.test',
      valueKey: 'email:abc123def4@test.test',
    });
    await expect(run({ email: 'abc123def4@test.test' }, verificationId)).resolves.toMatchObject({
      outcome: 'noop',
    });
    expect(verifications.rows.get(verificationId)).toMatchObject({ status: 'COMPLETED' });
  });

  it('refuses a business customer: this command serves persons', async () => {
    const { run, store } = setUp();
    store.register(aBusiness({ customerId: 'biz_1' }));
    await expectRejection(run({ email: 'x@example.com' }, undefined, 'biz_1'), {
      code: 'CUSTOMER_TYPE_NOT_SUPPORTED',
    });
  });
});
