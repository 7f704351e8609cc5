import { Command, CommandRunner, Option } from 'nest-commander';
import { ProjectionRebuilder, type RebuildReport } from '@app/audit';
import { CliDatabase } from '../cli-database.js';
import { cliRequester, EXIT_FOUND, guarded, writeJson, writeLine } from '../cli-output.js';

interface RebuildOptions {
  readonly compare?: boolean;
  readonly json?: boolean;
}

function print(report: RebuildReport, compare: boolean): void {
  const counted = `${report.customers} customers, ${report.events} events replayed`;
  if (report.differences.length === 0) return writeLine(`no difference: ${counted}`);
  writeLine(`${report.differences.length} differences: ${counted}`);
  for (const d of report.differences) {
    writeLine(`  ${d.customerId} ${d.subject} ${d.kind}${d.path ? ` ${d.path}` : ''}`);
  }
  if (report.truncated) writeLine('  … more differences than listed');
  writeLine(compare ? 'nothing was changed (--compare)' : 'the live read model was repaired');
}

/**
 * `projections:rebuild [--compare]`: replays every stream into a fresh read model, claims
 * included, and reports every difference from the live one. Without --compare the live read
 * model is then repaired (audited as RebuildReadModel on the ops stream). Exits 1 when there
 * was a difference either way: a difference is a bug to look into.
 */
@Command({
  name: 'projections:rebuild',
  description: 'Replay every stream into a fresh read model and report (or repair) differences',
})
export class ProjectionsRebuildCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run(_args: string[], options: RebuildOptions = {}): Promise<void> {
    return guarded(async () => {
      const { db, runner, eventStore } = await this.database.open();
      const rebuilder = new ProjectionRebuilder(db, runner, eventStore);
      const compare = options.compare ?? false;
      const report = compare ? await rebuilder.compare() : await rebuilder.repair(cliRequester());
      if (options.json) writeJson(report);
      else print(report, compare);
      return report.differences.length === 0 ? 0 : EXIT_FOUND;
    });
  }

  @Option({ flags: '--compare', description: 'only compare; change nothing' })
  parseCompare(): boolean {
    return true;
  }

  @Option({ flags: '--json', description: 'print the report as JSON' })
  parseJson(): boolean {
    return true;
  }
}
