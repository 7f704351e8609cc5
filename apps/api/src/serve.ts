import 'reflect-metadata';
import { readConfig } from './config/app-config.js';
import { createApp } from './create-app.js';

/**
 * Serves the API (entered through main.ts). On SIGTERM it stops accepting, lets in-flight requests finish, closes the
 * database and exits 0; Nest's own shutdown hooks are not enabled because they re-raise the signal.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const where =
    typeof address === 'object' && address ? `${address.address}:${address.port}` : String(address);
  process.stdout.write(
    `${JSON.stringify({ level: 30, msg: `Customer Contact Service listening on ${where}` })}\n`,
  );
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      // close() stops the listener, waits for in-flight requests and runs the shutdown hooks.
      app.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `start-up failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
