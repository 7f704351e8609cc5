import { CommandBus } from '@nestjs/cqrs';
import { Command, CommandRunner, Option } from 'nest-commander';
import { ValidationFailedError } from '@app/core';
import { ReleaseContactCommand, type ContactKind, type ReleasedContact } from '@app/customer';
import { CliDatabase } from '../cli-database.js';
import { cliRequester, guarded, writeJson, writeLine } from '../cli-output.js';

interface ReleaseOptions {
  readonly json?: boolean;
}

const KINDS: readonly string[] = ['email', 'mobile'] satisfies ContactKind[];

/** The checks of POST /api/ops/contacts/release's body, every failing field named. */
function checked(kind: string, value: string): ContactKind {
  const errors = [
    ...(KINDS.includes(kind) ? [] : [{ field: 'kind', message: 'must be email or mobile' }]),
    ...(value.length <= 254 ? [] : [{ field: 'value', message: 'must be at most 254 characters' }]),
  ];
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return kind as ContactKind;
}

/**
 * `contacts:release <email|mobile> <value>`: POST /api/ops/contacts/release from the CLI. Exits 2
 * when nothing is reserved under that value, or when a customer uses it now.
 */
@Command({
  name: 'contacts:release',
  arguments: '<kind> <value>',
  argsDescription: {
    kind: 'email or mobile',
    value: 'the email, or the mobile number in E.164 (+447700900123)',
  },
  description: 'Release a removed (reserved) email or mobile (audited as ReleaseContact)',
})
export class ContactsReleaseCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run([kind, value]: string[], options: ReleaseOptions = {}): Promise<void> {
    return guarded(async () => {
      const command = new ReleaseContactCommand(checked(kind!, value!), value!, cliRequester());
      const commands = (await this.database.application()).get(CommandBus);
      const released = await commands.execute<ReleaseContactCommand, ReleasedContact>(command);
      if (options.json) writeJson(released);
      else writeLine(`released ${released.kind} ${released.value} at ${released.releasedAt}`);
      return 0;
    });
  }

  @Option({ flags: '--json', description: 'print the answer of POST /api/ops/contacts/release' })
  parseJson(): boolean {
    return true;
  }
}
