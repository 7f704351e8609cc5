import { Command, CommandRunner, Option } from 'nest-commander';
import { CliDatabase } from '../cli-database.js';
import { EXIT_FAILED, guarded, writeJson, writeLine } from '../cli-output.js';
import { seedDemoCustomers, type SeedReport } from '../demo/demo-seeder.js';

interface SeedOptions {
  readonly json?: boolean;
}

export function printSeedReport(report: SeedReport): void {
  for (const id of report.registered) writeLine(`registered ${id}`);
  for (const id of report.skipped) writeLine(`skipped ${id} (already registered)`);
  for (const { customerId, reason } of report.refused)
    writeLine(`refused ${customerId}: ${reason}`);
}

/**
 * `demo:seed`: registers the customers of the vendor documents on DATABASE_URL, so that their
 * sample requests can be sent as they are. Run twice, the second run changes nothing.
 */
@Command({
  name: 'demo:seed',
  description:
    'Register the customers of the vendor seed documents, skipping those already there (audited as RegisterCustomer)',
})
export class DemoSeedCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run(_args: string[], options: SeedOptions = {}): Promise<void> {
    return guarded(async () => {
      const report = await seedDemoCustomers(await this.database.application());
      if (options.json) writeJson(report);
      else printSeedReport(report);
      return report.refused.length === 0 ? 0 : EXIT_FAILED;
    });
  }

  @Option({ flags: '--json', description: 'print {registered, skipped, refused} as JSON' })
  parseJson(): boolean {
    return true;
  }
}
