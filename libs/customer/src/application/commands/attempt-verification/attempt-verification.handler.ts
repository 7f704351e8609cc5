import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@app/core';
import { CommandRunner } from '@app/event-store';
import { VerificationNotFoundError } from '../../../domain/errors/verification.errors.js';
import { attempt } from '../../../domain/verification/verification.rules.js';
import type { Verification } from '../../../domain/verification/verification.types.js';
import { CustomerStore } from '../../ports/customer.store.js';
import { CLOCK } from '../../tokens.js';
import { VerificationCodes, VerificationStore } from '../../verifications/verification.ports.js';
import { AttemptVerificationCommand } from './attempt-verification.command.js';

/**
 * Tries a code. The attempt counts whatever its answer: a wrong code commits the lower
 * `attemptsRemaining` and then answers 422, so the command runner commits the refusal. Attempts
 * of one customer queue on the customer's stream lock (its row, which the store's load locks),
 * so each one is counted once.
 */
@CommandHandler(AttemptVerificationCommand)
export class AttemptVerificationHandler implements ICommandHandler<
  AttemptVerificationCommand,
  Verification
> {
  constructor(
    private readonly runner: CommandRunner,
    private readonly customers: CustomerStore,
    private readonly verifications: VerificationStore,
    private readonly codes: VerificationCodes,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute(command: AttemptVerificationCommand): Promise<Verification> {
    const { commandName, customerId, metadata } = command;
    return this.runner.run(
      { commandName, streamId: customerId, customerId, metadata, lock: 'work' },
      async (tx) => {
        await this.customers.load(tx, customerId);
        const verification = await this.verifications.load(tx, command.verificationId);
        if (!verification || verification.customerId !== customerId) {
          throw new VerificationNotFoundError(command.verificationId);
        }
        // Compared whatever the status, so that the answer's timing tells nothing about the code.
        const matches = this.codes.matches(command.code, verification.codeHash);
        const { next, refusal } = attempt(verification, matches, this.clock.now());
        const changed = next !== verification;
        if (changed) await this.verifications.update(tx, next);
        return { result: next, changed, ...(refusal ? { refusal } : {}) };
      },
    );
  }
}
