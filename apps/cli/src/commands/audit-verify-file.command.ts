import { Command, CommandRunner, Option } from 'nest-commander';
import { verifyExportFile, type FileVerification } from '@app/audit';
import { EXIT_FOUND, guarded, writeJson, writeLine } from '../cli-output.js';
import { sealerFromEnv } from './audit-seal-key.js';

interface VerifyFileOptions {
  readonly partial?: boolean;
  readonly json?: boolean;
  readonly sealKeyFromEnv?: string;
  readonly acceptRedacted?: boolean;
}

function verdict(result: FileVerification): string {
  const counted = `${result.streams} streams, ${result.events} events`;
  if (result.failures.length > 0)
    return `INVALID: ${result.failures.length} failures in ${counted}`;
  if (!result.valid) return `NOT VERIFIED: ${result.unverifiable} redacted events in ${counted}`;
  return `valid: ${counted}`;
}

function print(result: FileVerification): void {
  writeLine(verdict(result));
  for (const f of result.failures) {
    const where = f.streamId === undefined ? '' : ` ${f.streamId} v${f.version}`;
    writeLine(`  line ${f.line}${where} ${f.reason}`);
  }
  if (result.truncated) writeLine('  … more failures than listed');
  writeLine(
    result.sealsChecked
      ? 'seals: checked'
      : 'seals: not checked (give the key with --seal-key-from-env <NAME>)',
  );
  if (result.unverifiable === 0) return;
  const accepted = result.redactedAccepted ? 'accepted (--accept-redacted)' : 'not accepted';
  writeLine(
    `redacted: ${result.unverifiable} events were exported redacted: their links were checked, ` +
      `not their content; ${accepted}`,
  );
}

/**
 * `audit:verify-file <export.ndjson>`: checks an export's hashes, links and trailer with no
 * database, and its seals when given the server's secret. Exits 1 when anything fails, and when
 * an event could not be fully verified (redacted) unless --accept-redacted says that is enough.
 */
@Command({
  name: 'audit:verify-file',
  arguments: '<file>',
  argsDescription: { file: 'an NDJSON file from GET /api/audit/export' },
  description: 'Verify an exported NDJSON file offline (exit 1 unless every event verifies)',
})
export class AuditVerifyFileCommand extends CommandRunner {
  run([file]: string[], options: VerifyFileOptions = {}): Promise<void> {
    return guarded(async () => {
      const seals = options.sealKeyFromEnv ? sealerFromEnv(options.sealKeyFromEnv) : undefined;
      const result = await verifyExportFile(file!, {
        partial: options.partial ?? false,
        acceptRedacted: options.acceptRedacted ?? false,
        ...(seals ? { seals } : {}),
      });
      if (options.json) writeJson(result);
      else print(result);
      return result.valid ? 0 : EXIT_FOUND;
    });
  }

  @Option({
    flags: '--partial',
    description: 'the export was filtered by more than the customer: versions may skip',
  })
  parsePartial(): boolean {
    return true;
  }

  @Option({
    flags: '--seal-key-from-env <name>',
    description: "check the seals with the server's secret, read from this variable",
  })
  parseSealKeyFromEnv(name: string): string {
    return name;
  }

  @Option({
    flags: '--accept-redacted',
    description: 'count redacted events (links and seals checked, content not) as verified',
  })
  parseAcceptRedacted(): boolean {
    return true;
  }

  @Option({ flags: '--json', description: 'print the result as JSON' })
  parseJson(): boolean {
    return true;
  }
}
