import {
  aCommandMetadata,
  aVerification,
  expectRejection,
  inMemoryCustomers,
  PredictableCodes,
} from '@app/testing';
import { AttemptVerificationCommand } from './attempt-verification.command.js';
import { AttemptVerificationHandler } from './attempt-verification.handler.js';

function setUp() {
  const world = inMemoryCustomers();
  world.verifications.rows.set('ver_1', aVerification());
  const handler = new AttemptVerificationHandler(
    world.commands,
    world.store,
    world.verifications,
    new PredictableCodes(),
    world.clock,
  );
  const tryCode = (code: string, verificationId = 'ver_1', customerId = 'cust_1') =>
    handler.execute(
      new AttemptVerificationCommand(customerId, verificationId, code, aCommandMetadata()),
    );
  return { ...world, tryCode };
}

describe('AttemptVerificationHandler', () => {
  it('completes on the right code', async () => {
    const { tryCode, verifications } = setUp();
    await expect(tryCode('123456')).resolves.toMatchObject({
      status: 'COMPLETED',
      attemptsRemaining: 5,
    });
    expect(verifications.rows.get('ver_1')?.status).toBe('COMPLETED');
  });

  it('keeps a wrong attempt counted although it answers 422, and logs it as rejected', async () => {
    const { tryCode, verifications, commandLog } = setUp();
    await expectRejection(tryCode('000000'), {
      code: 'VERIFICATION_CODE_MISMATCH',
      matching: { attemptsRemaining: 4 },
    });
    expect(verifications.rows.get('ver_1')?.attemptsRemaining).toBe(4);
    expect(commandLog.entries).toMatchObject([
      {
        commandName: 'AttemptVerification',
        outcome: 'rejected',
        errorCode: 'VERIFICATION_CODE_MISMATCH',
      },
    ]);
  });

  it('answers an unknown verification, or another customer’s, as not found', async () => {
    const { tryCode } = setUp();
    await expectRejection(tryCode('123456', 'ver_nobody'), { code: 'VERIFICATION_NOT_FOUND' });
    await expectRejection(tryCode('123456', 'ver_1', 'cust_2'), { code: 'VERIFICATION_NOT_FOUND' });
  });
});
