import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Clock, IdGenerator } from '@app/core';
import { CommandRunner } from '@app/event-store';
import { Outbox } from '@app/notifications';
import type { Transaction } from '@app/persistence';
import { Customer } from '../../../domain/customer.aggregate.js';
import { ContactInUseError, ContactReservedError } from '../../../domain/errors/contact.errors.js';
import { CustomerNotFoundError } from '../../../domain/errors/customer.errors.js';
import {
  verifiedContactOf,
  type VerifiedContact,
} from '../../../domain/verification/verified-contact.js';
import {
  MAX_VERIFICATION_ATTEMPTS,
  type Verification,
} from '../../../domain/verification/verification.types.js';
import { ContactClaimsStore } from '../../ports/contact-claims.store.js';
import { CustomerStore } from '../../ports/customer.store.js';
import { CLOCK, ID_GENERATOR, VERIFICATION_TTL_SECONDS } from '../../tokens.js';
import { VerificationCodes, VerificationStore } from '../../verifications/verification.ports.js';
import { InitiateVerificationCommand } from './initiate-verification.command.js';

/**
 * Starts a verification: the value is normalised and refused early when another customer holds
 * or reserves it; the customer's pending verification of the attribute is superseded; the code
 * goes to the new value through the outbox, in the same transaction (the customer's stream lock
 * is held, so two initiations for one customer queue).
 */
@CommandHandler(InitiateVerificationCommand)
export class InitiateVerificationHandler implements ICommandHandler<
  InitiateVerificationCommand,
  Verification
> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly customers: CustomerStore,
    private readonly claims: ContactClaimsStore,
    private readonly verifications: VerificationStore,
    private readonly codes: VerificationCodes,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(VERIFICATION_TTL_SECONDS) private readonly ttlSeconds: number,
  ) {}

  execute(command: InitiateVerificationCommand): Promise<Verification> {
    const { commandName, customerId, metadata } = command;
    return this.runner.run(
      { commandName, streamId: customerId, customerId, metadata, lock: 'work' },
      async (tx) => {
        const state = await this.customers.load(tx, customerId);
        if (!state) throw new CustomerNotFoundError(customerId);
        Customer.fromState(state, this.clock).assertIndividual();
        const contact = verifiedContactOf(command.attribute, command.value, 'value');
        await this.assertFree(tx, contact, customerId);
        const verification = await this.start(tx, command, contact);
        return { result: verification, changed: true };
      },
    );
  }

  private async assertFree(
    tx: Transaction,
    contact: VerifiedContact,
    customerId: string,
  ): Promise<void> {
    const claim = await this.claims.claimOf(tx, contact.valueKey);
    if (!claim || claim.customerId === customerId) return;
    throw claim.status === 'active'
      ? new ContactInUseError(contact.attribute)
      : new ContactReservedError(contact.attribute);
  }

  private async start(
    tx: Transaction,
    command: InitiateVerificationCommand,
    contact: VerifiedContact,
  ): Promise<Verification> {
    const now = this.clock.now();
    await this.verifications.supersedePending(tx, command.customerId, contact.attribute, now);
    const { code, hash } = this.codes.issue();
    const verification: Verification = {
      verificationId: this.ids.uuid(),
      customerId: command.customerId,
      flow: command.flow,
      ...contact,
      codeHash: hash,
      status: 'PENDING',
      attemptsRemaining: MAX_VERIFICATION_ATTEMPTS,
      expiresAt: new Date(Date.parse(now) + this.ttlSeconds * 1000).toISOString(),
      createdAt: now,
      updatedAt: now,
    };
    await this.verifications.insert(tx, verification);
    await this.outbox.add(tx, [
      {
        kind: 'verification-code',
        channel: contact.attribute === 'email' ? 'email' : 'sms',
        to: contact.value,
        customerId: command.customerId,
        verificationId: verification.verificationId,
        code,
      },
    ]);
    return verification;
  }
}
