import { Command, CommandRunner, Option } from 'nest-commander';
import { ApiClientsService, type ApiClient } from '@app/auth';
import { CliDatabase } from '../cli-database.js';
import { guarded, writeJson, writeLine } from '../cli-output.js';

interface ListOptions {
  readonly json?: boolean;
}

/** What GET /api/clients shows of a client: never a secret, nor its hash. */
const viewOf = ({ clientId, scopes, disabled, createdAt }: ApiClient) => ({
  clientId,
  scopes,
  disabled,
  createdAt,
});

function print(clients: readonly ApiClient[]): void {
  if (clients.length === 0) return writeLine('no clients');
  for (const c of clients) {
    const state = c.disabled ? 'disabled' : 'enabled';
    writeLine(`${c.clientId}  ${state}  created ${c.createdAt}  scopes: ${c.scopes.join(',')}`);
  }
}

/** `clients:list`: the clients, as GET /api/clients lists them. */
@Command({
  name: 'clients:list',
  description: 'List the API clients: id, scopes, disabled, created (never a secret)',
})
export class ClientsListCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run(_args: string[], options: ListOptions = {}): Promise<void> {
    return guarded(async () => {
      const clients = await (await this.database.application()).get(ApiClientsService).list();
      if (options.json) writeJson({ items: clients.map(viewOf) });
      else print(clients);
      return 0;
    });
  }

  @Option({ flags: '--json', description: 'print the answer of GET /api/clients' })
  parseJson(): boolean {
    return true;
  }
}
