import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../command-outcome.js';
import { CustomerCommandRunner } from '../../customer-command-runner.js';
import { CONTACT_VERIFICATION_POLICY, type ContactVerificationPolicy } from '../../tokens.js';
import { UpdateContactInfoCommand } from './update-contact-info.command.js';
import { applyContactInfo } from './update-contact-info.decider.js';

@CommandHandler(UpdateContactInfoCommand)
export class UpdateContactInfoHandler implements ICommandHandler<
  UpdateContactInfoCommand,
  CommandOutcome
> {
  constructor(
    private readonly runner: CustomerCommandRunner,
    @Inject(CONTACT_VERIFICATION_POLICY) private readonly policy: ContactVerificationPolicy,
  ) {}

  execute(command: UpdateContactInfoCommand): Promise<CommandOutcome> {
    // A given verificationId is only recorded for now; checking it belongs to the verification
    // flow (docs/decisions.md, "BPM dispatcher").
    const verificationNeeded = this.policy === 'required' && command.verificationId === undefined;
    return this.runner.update(command, (customer) =>
      applyContactInfo(customer, command.changes, verificationNeeded),
    );
  }
}
