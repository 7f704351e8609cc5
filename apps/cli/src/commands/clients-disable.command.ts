import { Command, CommandRunner, Option } from 'nest-commander';
import { ApiClientsService } from '@app/auth';
import { CliDatabase } from '../cli-database.js';
import { cliRequester, guarded, writeJson, writeLine } from '../cli-output.js';

interface DisableOptions {
  readonly json?: boolean;
}

/**
 * `clients:disable <clientId>`: POST /api/clients/:clientId/disable from the CLI. The client's
 * tokens stop working at once; disabling a disabled client changes nothing.
 */
@Command({
  name: 'clients:disable',
  arguments: '<clientId>',
  argsDescription: { clientId: 'the client to disable' },
  description: 'Disable an API client: its tokens stop working (audited as DisableClient)',
})
export class ClientsDisableCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run([clientId]: string[], options: DisableOptions = {}): Promise<void> {
    return guarded(async () => {
      const clients = (await this.database.application()).get(ApiClientsService);
      const client = await clients.disable(clientId!, cliRequester());
      const answer = { clientId: client.clientId, disabled: true, disabledAt: client.disabledAt };
      if (options.json) writeJson(answer);
      else writeLine(`disabled client ${answer.clientId} (since ${answer.disabledAt})`);
      return 0;
    });
  }

  @Option({
    flags: '--json',
    description: 'print the answer of POST /api/clients/:clientId/disable',
  })
  parseJson(): boolean {
    return true;
  }
}
