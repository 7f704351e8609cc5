import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@app/core';
import type { Transaction } from '@app/persistence';
import { VerificationInvalidError } from '../../../domain/errors/verification.errors.js';
import type { Verification } from '../../../domain/verification/verification.types.js';
import type { CommandOutcome } from '../../command-outcome.js';
import { CustomerCommandRunner } from '../../customer-command-runner.js';
import {
  CLOCK,
  CONTACT_VERIFICATION_POLICY,
  type ContactVerificationPolicy,
} from '../../tokens.js';
import { VerificationStore } from '../../verifications/verification.ports.js';
import { UpdateContactInfoCommand } from './update-contact-info.command.js';
import { applyContactInfo } from './update-contact-info.decider.js';

/**
 * UpdateContactInfoCommand (wallet PATCH and BPM): the named verification is loaded, checked and
 * consumed inside the command's transaction, so it authorises exactly one change.
 */
@CommandHandler(UpdateContactInfoCommand)
export class UpdateContactInfoHandler implements ICommandHandler<
  UpdateContactInfoCommand,
  CommandOutcome
> {
  constructor(
    private readonly runner: CustomerCommandRunner,
    private readonly verifications: VerificationStore,
    @Inject(CONTACT_VERIFICATION_POLICY) private readonly policy: ContactVerificationPolicy,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: UpdateContactInfoCommand): Promise<CommandOutcome> {
    return this.runner.update(command, async (customer, tx) => {
      const now = this.clock.now();
      const verification = await this.verificationOf(tx, command.verificationId);
      const required = this.policy === 'required';
      const used = applyContactInfo(customer, command.changes, {
        required,
        now,
        ...(verification ? { verification } : {}),
      });
      if (used && verification) {
        await this.verifications.update(tx, {
          ...verification,
          status: 'CONSUMED',
          updatedAt: now,
        });
      }
    });
  }

  private async verificationOf(
    tx: Transaction,
    verificationId: string | undefined,
  ): Promise<Verification | undefined> {
    if (verificationId === undefined) return undefined;
    const verification = await this.verifications.load(tx, verificationId);
    if (!verification) throw new VerificationInvalidError('no such verification');
    return verification;
  }
}
