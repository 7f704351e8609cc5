import { QueryBus } from '@nestjs/cqrs';
import { Command, CommandRunner, Option } from 'nest-commander';
import {
  ListReservedContactsQuery,
  type ReservedContact,
  type ReservedContactsPage,
} from '@app/customer';
import { CliDatabase } from '../cli-database.js';
import { guarded, writeJson, writeLine } from '../cli-output.js';

interface ListReservedOptions {
  readonly customer?: string;
  readonly json?: boolean;
}

/** The largest page GET /api/ops/contacts serves. */
const PAGE = 500;

function print(contacts: readonly ReservedContact[]): void {
  if (contacts.length === 0) return writeLine('no reserved contacts');
  for (const c of contacts) {
    writeLine(`${c.kind}  ${c.value}  reserved for ${c.customerId} since ${c.removedAt}`);
  }
}

/**
 * `contacts:list-reserved [--customer ID]`: the removed (reserved) contacts, as
 * GET /api/ops/contacts?status=removed lists them, every page.
 */
@Command({
  name: 'contacts:list-reserved',
  description: 'List the removed (reserved) emails and mobiles that only a release frees',
})
export class ContactsListReservedCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run(_args: string[], options: ListReservedOptions = {}): Promise<void> {
    return guarded(async () => {
      const queries = (await this.database.application()).get(QueryBus);
      const items: ReservedContact[] = [];
      let after: string | undefined;
      do {
        const page = await queries.execute<ListReservedContactsQuery, ReservedContactsPage>(
          new ListReservedContactsQuery({
            limit: PAGE,
            ...(options.customer !== undefined ? { customerId: options.customer } : {}),
            ...(after !== undefined ? { after } : {}),
          }),
        );
        items.push(...page.items);
        after = page.nextCursor;
      } while (after !== undefined);
      if (options.json) writeJson({ items });
      else print(items);
      return 0;
    });
  }

  @Option({ flags: '--customer <id>', description: "only this customer's reserved contacts" })
  parseCustomer(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the items of GET /api/ops/contacts' })
  parseJson(): boolean {
    return true;
  }
}
