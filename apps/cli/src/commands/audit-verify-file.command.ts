import { Command, CommandRunner, Option } from 'nest-commander';
import { verifyExportFile, type FileVerification } from '@app/audit';
import { EXIT_FOUND, guarded, writeJson, writeLine } from '../cli-output.js';

interface VerifyFileOptions {
  readonly partial?: boolean;
  readonly json?: boolean;
}

function print(result: FileVerification): void {
  const counted = `${result.streams} streams, ${result.events} events`;
  if (result.valid) writeLine(`valid: ${counted}`);
  else writeLine(`INVALID: ${result.failures.length} failures in ${counted}`);
  for (const f of result.failures) {
    const where = f.streamId === undefined ? '' : ` ${f.streamId} v${f.version}`;
    writeLine(`  line ${f.line}${where} ${f.reason}`);
  }
  if (result.truncated) writeLine('  … more failures than listed');
  if (result.linkOnly > 0) {
    writeLine(
      `note: ${result.linkOnly} events were exported redacted: their links were checked, not their content`,
    );
  }
}

/** `audit:verify-file <export.ndjson>`: checks an export's hashes and links, with no database. */
@Command({
  name: 'audit:verify-file',
  arguments: '<file>',
  argsDescription: { file: 'an NDJSON file from GET /api/audit/export' },
  description: 'Verify an exported NDJSON file offline (exit 1 when anything fails)',
})
export class AuditVerifyFileCommand extends CommandRunner {
  run([file]: string[], options: VerifyFileOptions = {}): Promise<void> {
    return guarded(async () => {
      const result = await verifyExportFile(file!, { partial: options.partial ?? false });
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

  @Option({ flags: '--json', description: 'print the result as JSON' })
  parseJson(): boolean {
    return true;
  }
}
