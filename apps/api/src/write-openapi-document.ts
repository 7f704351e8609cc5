import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readConfig } from './config/app-config.js';
import { createApp } from './create-app.js';
import { DOCUMENT_PATH } from './http/openapi/api-docs.routes.js';

/**
 * `npm run docs:openapi`: writes the OpenAPI document to a file (argument 1) for the linter and
 * for clients, without listening on a port. The app is built on an in-memory database and asked
 * for `/docs/openapi.json` through Fastify's inject, so the file is what the service serves.
 */
async function main(target: string | undefined): Promise<void> {
  if (!target) throw new Error('usage: write-openapi-document <file>');
  const config = readConfig({ DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' });
  const app = await createApp(config);
  try {
    const answer = await app.getHttpAdapter().getInstance().inject({ url: DOCUMENT_PATH });
    if (answer.statusCode !== 200)
      throw new Error(`${DOCUMENT_PATH} answered ${answer.statusCode}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(answer.json(), null, 2)}\n`);
  } finally {
    await app.close();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
