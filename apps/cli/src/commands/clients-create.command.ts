import { Command, CommandRunner, Option } from 'nest-commander';
import { ApiClientsService, SCOPES, type CreatedClient } from '@app/auth';
import { CliDatabase } from '../cli-database.js';
import { cliRequester, guarded, writeJson, writeLine } from '../cli-output.js';

function print(created: CreatedClient): void {
  writeLine(`created client ${created.clientId} (scopes: ${created.scopes.join(', ') || 'none'})`);
  writeLine(`secret: ${created.clientSecret}`);
  writeLine('the secret is shown this once: keep it now');
}

interface CreateOptions {
  readonly scopes: readonly string[];
  readonly json?: boolean;
}

/**
 * `clients:create <clientId> --scopes a,b`: POST /api/clients from the CLI. The secret is printed
 * here once, to stdout only: it is stored hashed and never shown again.
 */
@Command({
  name: 'clients:create',
  arguments: '<clientId>',
  argsDescription: { clientId: 'letters, digits, _ and -, up to 100 characters' },
  description: 'Create an API client and print its secret, once (audited as CreateClient)',
})
export class ClientsCreateCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run([clientId]: string[], options: CreateOptions): Promise<void> {
    return guarded(async () => {
      const clients = (await this.database.application()).get(ApiClientsService);
      const created = await clients.create(clientId!, options.scopes, cliRequester());
      if (options.json) writeJson(created);
      else print(created);
      return 0;
    });
  }

  @Option({
    flags: '--scopes <list>',
    description: `comma-separated scopes among ${SCOPES.join(', ')}`,
    required: true,
  })
  parseScopes(value: string): string[] {
    return value
      .split(',')
      .map((scope) => scope.trim())
      .filter((scope) => scope !== '');
  }

  @Option({ flags: '--json', description: 'print the answer of POST /api/clients' })
  parseJson(): boolean {
    return true;
  }
}
