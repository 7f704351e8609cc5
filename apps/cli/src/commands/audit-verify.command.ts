import { Command, CommandRunner, Option } from 'nest-commander';
import { CustomerNotFoundError } from '@app/customer';
import { LogVerifier, verificationAnswer, type VerificationReport } from '@app/audit';
import { CliDatabase } from '../cli-database.js';
import { EXIT_FOUND, guarded, writeJson, writeLine } from '../cli-output.js';
import { serverSealer } from './audit-seal-key.js';

interface VerifyOptions {
  readonly customer?: string;
  readonly json?: boolean;
}

function print(report: VerificationReport): void {
  const counted = `${report.streams} streams, ${report.events} events`;
  if (report.valid) return writeLine(`valid: ${counted}`);
  writeLine(`INVALID: ${report.failures.length} failures in ${counted}`);
  for (const f of report.failures) writeLine(`  ${f.streamId} v${f.version} ${f.reason}`);
  if (report.truncated) writeLine('  … more failures than listed');
}

/**
 * `audit:verify [--customer ID]`: the checks of GET /api/audit/verify, on DATABASE_URL, seals
 * included (with the server's secret: AUTH_JWT_SECRET, or the key a SQLite server generated).
 */
@Command({
  name: 'audit:verify',
  description: 'Verify the hash chains and seals of the audit log (exit 1 when anything fails)',
})
export class AuditVerifyCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run(_args: string[], options: VerifyOptions = {}): Promise<void> {
    return guarded(async () => {
      const sealer = serverSealer();
      const { db } = await this.database.open();
      const report = await new LogVerifier(db, sealer).verify(options.customer);
      if (options.customer !== undefined && report.events === 0 && report.valid) {
        throw new CustomerNotFoundError(options.customer);
      }
      if (options.json) writeJson(verificationAnswer(report));
      else print(report);
      return report.valid ? 0 : EXIT_FOUND;
    });
  }

  @Option({ flags: '--customer <id>', description: "verify one customer's stream only" })
  parseCustomer(value: string): string {
    return value;
  }

  @Option({ flags: '--json', description: 'print the answer of GET /api/audit/verify' })
  parseJson(): boolean {
    return true;
  }
}
