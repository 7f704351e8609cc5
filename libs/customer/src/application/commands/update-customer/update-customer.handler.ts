import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandOutcome } from '../../command-outcome.js';
import { CustomerCommandRunner } from '../../customer-command-runner.js';
import { UpdateCustomerCommand } from './update-customer.command.js';

@CommandHandler(UpdateCustomerCommand)
export class UpdateCustomerHandler implements ICommandHandler<
  UpdateCustomerCommand,
  CommandOutcome
> {
  constructor(private readonly runner: CustomerCommandRunner) {}

  execute(command: UpdateCustomerCommand): Promise<CommandOutcome> {
    return this.runner.update(command, (customer) => {
      if (command.individualsOnly) customer.assertIndividual();
      customer.updateContact(command.update);
    });
  }
}
