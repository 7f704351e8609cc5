import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EventSealer } from '@app/event-store';
import { parseDatabaseUrl } from '@app/persistence';

/** Where a SQLite server without AUTH_JWT_SECRET keeps the key it generated (see jwt-secret.ts). */
const GENERATED_SECRET_FILE = 'auth-jwt-secret';

/**
 * The sealer of the server that writes to DATABASE_URL: AUTH_JWT_SECRET, else (SQLite) the key
 * that server generated beside its database. Never generates one: a verifier with a new key
 * would call every seal forged.
 */
export function serverSealer(): EventSealer {
  const configured = process.env.AUTH_JWT_SECRET;
  if (configured) return EventSealer.fromSecret(configured);
  const target = parseDatabaseUrl(process.env.DATABASE_URL);
  if (target.kind === 'sqlite' && target.path !== ':memory:') {
    const file = join(dirname(target.path), GENERATED_SECRET_FILE);
    try {
      return EventSealer.fromSecret(readFileSync(file, 'utf8').trim());
    } catch {
      // No generated key either: said below.
    }
  }
  throw new Error("AUTH_JWT_SECRET is needed to check the events' seals (the server's secret)");
}

/** The sealer of `--seal-key-from-env <NAME>`: the server secret, read from that variable. */
export function sealerFromEnv(name: string): EventSealer {
  const secret = process.env[name];
  if (!secret) throw new Error(`${name} is not set: it should hold the server's secret`);
  return EventSealer.fromSecret(secret);
}
