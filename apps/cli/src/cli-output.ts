import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { QueryFailedError } from 'typeorm';
import type { RebuildRequester } from '@app/audit';
import { DomainError, type FieldError } from '@app/core';
import type { CommandMetadata } from '@app/event-store';

/** The CLI's results go to stdout (its logs, if any, to stderr). */
export function writeLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function writeJson(value: unknown): void {
  writeLine(JSON.stringify(value, null, 2));
}

/**
 * Exit codes: 0 all good, 1 the check found something, 2 the command could not run: the service
 * refused it (not found, in use, invalid: what HTTP answers with a 4xx) or it failed. A usage
 * error (unknown option, missing argument) is commander's own exit 1.
 */
export const EXIT_FOUND = 1;
export const EXIT_FAILED = 2;

function fieldErrorsOf(error: DomainError): readonly FieldError[] {
  const errors = error.details.errors;
  return Array.isArray(errors) ? (errors as FieldError[]) : [];
}

/**
 * What an operator is told of a failure: a refusal's message and the fields it names; a database
 * error only as such (its text may quote SQL or values); never a stack trace.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof DomainError) {
    const fields = fieldErrorsOf(error).map((f) => `\n  ${f.field}: ${f.message}`);
    return `${error.message}${fields.join('')}`;
  }
  if (error instanceof QueryFailedError) return 'the database refused the statement';
  return error instanceof Error ? error.message : String(error);
}

/** Runs a command's work; a failure is reported on stderr and exits with EXIT_FAILED. */
export async function guarded(work: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await work();
  } catch (error) {
    process.stderr.write(`error: ${describeFailure(error)}\n`);
    process.exitCode = EXIT_FAILED;
  }
}

/**
 * Who runs a CLI command, for the audit of the changes it makes: the operating-system user, as
 * `cli:<user>`, with a request id of its own.
 */
export function cliRequester(): RebuildRequester {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // No passwd entry (some containers): the change is still audited, as cli:unknown.
  }
  return {
    actorClientId: `cli:${user}`.slice(0, 100),
    requestId: `cli-${randomUUID()}`,
    receivedAt: new Date().toISOString(),
  };
}

/** The audit metadata of a customer command run from the CLI: an operator's, source `ops`. */
export function cliCommandMetadata(): CommandMetadata {
  const { actorClientId, requestId, receivedAt } = cliRequester();
  return {
    commandId: randomUUID(),
    requestId,
    source: 'ops',
    actor: { clientId: actorClientId },
    receivedAt: receivedAt ?? new Date().toISOString(),
  };
}
