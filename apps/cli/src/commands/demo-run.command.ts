import { randomBytes } from 'node:crypto';
import { Command, CommandRunner, Option } from 'nest-commander';
import { CliDatabase } from '../cli-database.js';
import { EXIT_FAILED, guarded, writeLine } from '../cli-output.js';
import { freshDemoFolder } from '../demo/demo-folder.js';
import { demoGuide } from '../demo/demo-guide.js';
import { seedDemoCustomers } from '../demo/demo-seeder.js';
import { demoToken, startDemoServer, type DemoClient } from '../demo/demo-server.js';
import { printSeedReport } from './demo-seed.command.js';

interface RunOptions {
  readonly dir: string;
}

/** Resolves on the first Ctrl-C (or SIGTERM) from now on. */
function interrupted(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

/**
 * `demo:run` (`npm run demo`): a fresh SQLite database in the demo folder, migrated and seeded with
 * the vendor documents' customers, the built server on it (PORT, HOST as for `npm start`), and
 * everything needed to try each surface with curl. Ctrl-C stops the server and exits 0.
 */
@Command({
  name: 'demo:run',
  description:
    'Start the service on a fresh seeded SQLite database and print a token and curl commands',
})
export class DemoRunCommand extends CommandRunner {
  constructor(private readonly database: CliDatabase) {
    super();
  }

  run(_args: string[], options: RunOptions = { dir: 'data/demo' }): Promise<void> {
    return guarded(async () => {
      const stop = interrupted();
      const folder = freshDemoFolder(options.dir);
      const report = await seedDemoCustomers(await this.database.application(folder.databaseUrl));
      await this.database.close();
      printSeedReport(report);
      const client: DemoClient = {
        clientId: 'demo-admin',
        clientSecret: randomBytes(24).toString('base64url'),
      };
      const server = await startDemoServer(folder, client);
      const token = await demoToken(server.url, client);
      for (const line of demoGuide({ url: server.url, token, client, folder })) writeLine(line);
      const ended = await Promise.race([stop.then(() => undefined), server.exited]);
      if (ended !== undefined) {
        process.stderr.write(
          `error: the server stopped on its own (${ended}); see ${folder.serverLog}\n`,
        );
        return EXIT_FAILED;
      }
      const code = await server.stop();
      writeLine(`server stopped (exit ${code})`);
      return code === 0 ? 0 : EXIT_FAILED;
    });
  }

  @Option({
    flags: '--dir <path>',
    description: 'the demo folder, emptied first (database, notifications, server log)',
    defaultValue: 'data/demo',
  })
  parseDir(value: string): string {
    return value;
  }
}
