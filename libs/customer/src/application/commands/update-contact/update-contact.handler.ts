import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../command-outcome.js';
import { CustomerCommandRunner } from '../../customer-command-runner.js';
import { UpdateContactCommand } from './update-contact.command.js';
import { applyContactChanges } from './update-contact.decider.js';

@CommandHandler(UpdateContactCommand)
export class UpdateContactHandler implements ICommandHandler<UpdateContactCommand, CommandOutcome> {
  constructor(private readonly runner: CustomerCommandRunner) {}

  execute(command: UpdateContactCommand): Promise<CommandOutcome> {
    return this.runner.update(command, (customer) =>
      applyContactChanges(customer, command.changes),
    );
  }
}
