import 'reflect-metadata';
import { CommandFactory } from 'nest-commander';
import { CliModule } from './cli.module.js';

/** `npm run cli -- <command>`; `npm run cli -- --help` lists the commands. */
async function main(): Promise<void> {
  await CommandFactory.run(CliModule, {
    logger: ['error', 'warn'],
    cliName: 'customer-contact',
    serviceErrorHandler: (error) => {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 2;
    },
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
