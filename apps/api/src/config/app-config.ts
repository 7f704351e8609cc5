import type { ContactVerificationPolicy } from '@app/customer';
import { parseSinkConfig, type DispatcherOptions, type SinkConfig } from '@app/notifications';
import { readRateLimitConfig, type RateLimitConfig } from '../http/rate-limit/rate-limit.config.js';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseTarget } from '@app/persistence';

export interface BootstrapClient {
  readonly clientId: string;
  readonly secret: string;
  readonly scopes: readonly string[] | 'all';
}

/** The service's configuration (API.md §10), read once from the environment. */
export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly database: DatabaseTarget;
  /** Undefined when not set: resolved later (generated into the data folder on SQLite). */
  readonly jwtSecret?: string;
  readonly bootstrapClient?: BootstrapClient;
  readonly logLevel: string;
  /** `CONTACT_VERIFICATION`: whether UpdateContactInfoCommand needs a verification (§5.2). */
  readonly contactVerification: ContactVerificationPolicy;
  /** `VERIFICATION_TTL_SECONDS`: a verification's lifetime. */
  readonly verificationTtlSeconds: number;
  /** `NOTIFICATION_SINK`: where notifications go. */
  readonly notificationSink: SinkConfig;
  /** `OUTBOX_POLL_MS` / `OUTBOX_LEASE_MS` / `OUTBOX_RETRY_BASE_MS`: the dispatcher's pace. */
  readonly outbox: Partial<DispatcherOptions>;
  /** `RATE_LIMIT_*` and `REDIS_URL`: the rate limits. */
  readonly rateLimits: RateLimitConfig;
  /** `OUTBOX_BACKLOG_LIMIT`: undelivered notifications past which the service is not ready. */
  readonly outboxBacklogLimit: number;
  /** `AUTH_CLIENT_STATUS_TTL_MS`: how long a client's status read is trusted (0: never). */
  readonly clientStatusTtlMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL || DEFAULT_DATABASE_URL;
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    database: withPoolSize(parseDatabaseUrl(databaseUrl), env.DATABASE_POOL_SIZE),
    ...(env.AUTH_JWT_SECRET ? { jwtSecret: env.AUTH_JWT_SECRET } : {}),
    ...bootstrapClient(env),
    logLevel: env.LOG_LEVEL || 'info',
    contactVerification: parseContactVerification(env.CONTACT_VERIFICATION),
    verificationTtlSeconds: positiveInteger(
      env.VERIFICATION_TTL_SECONDS,
      900,
      'VERIFICATION_TTL_SECONDS',
    ),
    notificationSink: parseSinkConfig(env.NOTIFICATION_SINK),
    outbox: outboxPace(env),
    rateLimits: readRateLimitConfig(env),
    outboxBacklogLimit: positiveInteger(env.OUTBOX_BACKLOG_LIMIT, 1000, 'OUTBOX_BACKLOG_LIMIT'),
    clientStatusTtlMs: nonNegativeInteger(
      env.AUTH_CLIENT_STATUS_TTL_MS,
      2000,
      'AUTH_CLIENT_STATUS_TTL_MS',
    ),
  };
}

function positiveInteger(value: string | undefined, fallback: number, name: string): number {
  if (!value) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new Error(`${name} must be a positive integer`);
  return number;
}

/** `DATABASE_POOL_SIZE` for PostgreSQL (connections per instance); SQLite has one connection. */
function withPoolSize(target: DatabaseTarget, size: string | undefined): DatabaseTarget {
  if (target.kind !== 'postgres' || !size) return target;
  return { ...target, poolSize: positiveInteger(size, 0, 'DATABASE_POOL_SIZE') };
}

function nonNegativeInteger(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`${name} must be 0 or more`);
  return number;
}

function outboxPace(env: NodeJS.ProcessEnv): Partial<DispatcherOptions> {
  const { OUTBOX_POLL_MS, OUTBOX_LEASE_MS, OUTBOX_RETRY_BASE_MS } = env;
  return {
    ...(OUTBOX_POLL_MS ? { pollMs: positiveInteger(OUTBOX_POLL_MS, 0, 'OUTBOX_POLL_MS') } : {}),
    ...(OUTBOX_LEASE_MS ? { leaseMs: positiveInteger(OUTBOX_LEASE_MS, 0, 'OUTBOX_LEASE_MS') } : {}),
    ...(OUTBOX_RETRY_BASE_MS
      ? { retryBaseMs: positiveInteger(OUTBOX_RETRY_BASE_MS, 0, 'OUTBOX_RETRY_BASE_MS') }
      : {}),
  };
}

function parsePort(value: string | undefined): number {
  if (!value) return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be 0–65535');
  return port;
}

/** A typo must not quietly switch verification off, so anything but the two values stops start-up. */
function parseContactVerification(value: string | undefined): ContactVerificationPolicy {
  if (!value) return 'optional';
  if (value === 'optional' || value === 'required') return value;
  throw new Error('CONTACT_VERIFICATION must be optional or required');
}

function bootstrapClient(env: NodeJS.ProcessEnv): { bootstrapClient?: BootstrapClient } {
  const clientId = env.BOOTSTRAP_CLIENT_ID;
  const secret = env.BOOTSTRAP_CLIENT_SECRET;
  if (!clientId && !secret) return {};
  if (!clientId || !secret) {
    throw new Error('BOOTSTRAP_CLIENT_ID and BOOTSTRAP_CLIENT_SECRET go together');
  }
  const raw = env.BOOTSTRAP_CLIENT_SCOPES?.trim();
  const scopes = raw ? raw.split(/[\s,]+/).filter(Boolean) : 'all';
  return { bootstrapClient: { clientId, secret, scopes } };
}
