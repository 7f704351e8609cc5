import { ValidationFailedError } from '@app/core';
import { aBusiness, aCommandMetadata, anIndividual, inMemoryCustomers } from '@app/testing';
import { FieldNotAllowedForCustomerTypeError } from '../../../domain/errors/customer.errors.js';
import { VerificationRequiredError } from '../../../domain/errors/verification.errors.js';
import type { ContactVerificationPolicy } from '../../tokens.js';
import {
  UpdateContactInfoCommand,
  type ContactInfoChanges,
} from './update-contact-info.command.js';
import { UpdateContactInfoHandler } from './update-contact-info.handler.js';

function setUp(policy: ContactVerificationPolicy = 'optional') {
  const world = inMemoryCustomers();
  world.store.register(anIndividual({ customerId: 'cust_1' }));
  const handler = new UpdateContactInfoHandler(world.runner, policy);
  const run = (changes: ContactInfoChanges, verificationId?: string, customerId = 'cust_1') =>
    handler.execute(
      new UpdateContactInfoCommand(
        customerId,
        changes,
        aCommandMetadata({ source: 'wallet' }),
        verificationId,
      ),
    );
  return { ...world, run };
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

  it('lists a bad email and a bad mobile number together', async () => {
    const { run } = setUp();
    const error = await run({ email: 'nope', mobileNumber: '07700 900123' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).errors.map((e) => e.field)).toEqual([
      'email',
      'mobileNumber',
    ]);
  });

  it('with verification required, refuses a change without a verificationId and writes nothing', async () => {
    const { run, store, commandLog } = setUp('required');
    const error = await run({ email: 'new@example.com', mobileNumber: '+447700900123' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(VerificationRequiredError);
    expect((error as VerificationRequiredError).fields).toEqual(['email', 'mobileNumber']);
    expect(store.saved).toEqual([]);
    expect(commandLog.entries).toMatchObject([
      { outcome: 'rejected', errorCode: 'VERIFICATION_REQUIRED' },
    ]);
  });

  it('with verification required, names only the value that would change; same values need none', async () => {
    const { run } = setUp('required');
    const error = await run({ email: 'abc123def4@test.test', mobileNumber: '+447700900123' }).catch(
      (e: unknown) => e,
    );
    expect((error as VerificationRequiredError).fields).toEqual(['mobileNumber']);
    await expect(run({ email: 'abc123def4@test.test' })).resolves.toMatchObject({
      outcome: 'noop',
    });
  });

  it('records a given verificationId in the metadata of the events it appends', async () => {
    const { run, store } = setUp('required');
    await expect(run({ email: 'new@example.com' }, 'ver_1')).resolves.toMatchObject({
      outcome: 'accepted',
    });
    expect(store.saved[0]?.metadata).toMatchObject({ verificationId: 'ver_1' });
  });

  it('refuses a business customer through the aggregate rule', async () => {
    const { run, store } = setUp();
    store.register(aBusiness({ customerId: 'biz_1' }));
    await expect(run({ email: 'x@example.com' }, undefined, 'biz_1')).rejects.toBeInstanceOf(
      FieldNotAllowedForCustomerTypeError,
    );
  });
});
