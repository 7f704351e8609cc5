import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Clock, IdGenerator } from '@app/core';
import { Customer } from '../../../domain/customer.aggregate.js';
import type { RegistrationInput } from '../../../domain/customer.types.js';
import type { CommandOutcome } from '../../command-outcome.js';
import { CustomerCommandRunner } from '../../customer-command-runner.js';
import { CLOCK, ID_GENERATOR } from '../../tokens.js';
import { RegisterCustomerCommand } from './register-customer.command.js';

@CommandHandler(RegisterCustomerCommand)
export class RegisterCustomerHandler implements ICommandHandler<
  RegisterCustomerCommand,
  CommandOutcome
> {
  constructor(
    private readonly runner: CustomerCommandRunner,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  execute(command: RegisterCustomerCommand): Promise<CommandOutcome> {
    const customerId = command.input.customerId || this.ids.customerId();
    const input = { ...command.input, customerId } as RegistrationInput;
    return this.runner.register(command.commandName, command.metadata, customerId, () =>
      Customer.register(input, this.clock, this.ids),
    );
  }
}
