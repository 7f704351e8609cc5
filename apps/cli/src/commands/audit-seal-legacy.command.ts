import { Command, CommandRunner, Option } from 'nest-commander';
import { LegacyEventSealer, type LegacySealReport } from '@app/audit';
import { CliDatabase } from '../cli-database.js';
import { cliRequester, EXIT_FOUND, guarded, writeJson, writeLine } from '../cli-output.js';
import { serverSealer } from './audit-seal-key.js';

interface SealOptions {
  readonly json?: boolean;
}

function print(report: LegacySealReport): void {
  if (report.failures.length > 0) {
    writeLine(`NOT SEALED: the log fails ${report.failures.length} checks besides seals`);
    for (const f of report.failures) writeLine(`  ${f.streamId} v${f.version} ${f.reason}`);
    if (report.truncated) writeLine('  … more failures than listed');
    return;
  }
  if (report.keyUnproven) {
    writeLine("NOT SEALED: no event carries a seal yet, so nothing shows this key is the server's");
    writeLine('  run it again once the server has written an event');
    return;
  }
  writeLine(`sealed ${report.sealed} events written before seals existed`);
  if (report.leftUnsealed > 0) {
    writeLine(`left ${report.leftUnsealed} unsealed events written after the server began sealing`);
  }
}

/**
 * `audit:seal-legacy`: seals the events of a log that predates seals, with the server's key,
 * once the log verifies but for those seals (LegacyEventSealer). Exits 1, sealing nothing, when
 * the log fails any other check or no event proves the key yet; and 1 when unsealed events after
 * where the server began sealing remain. A rerun finishes an interrupted run.
 */
@Command({
  name: 'audit:seal-legacy',
  description: 'Seal the events written before seals existed, if the log otherwise verifies',
})
export class AuditSealLegacyCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run(_args: string[], options: SealOptions = {}): Promise<void> {
    return guarded(async () => {
      const sealer = serverSealer();
      const { db, runner, eventStore } = await this.database.open();
      const report = await new LegacyEventSealer(db, sealer, runner, eventStore).seal(
        cliRequester(),
      );
      if (options.json) writeJson(report);
      else print(report);
      const done = report.failures.length === 0 && !report.keyUnproven;
      return done && report.leftUnsealed === 0 ? 0 : EXIT_FOUND;
    });
  }

  @Option({ flags: '--json', description: 'print the report as JSON' })
  parseJson(): boolean {
    return true;
  }
}
