import type { Clock } from '@app/core';
import type { CommandLogEntry } from '../command-log/command-log-entry.js';
import type { RunnableCommand } from './command-runner.js';

/** The command-log row of a command (API.md §8), timed from its request's arrival to now. */
export function commandLogEntry(
  clock: Clock,
  command: RunnableCommand,
  outcome: CommandLogEntry['outcome'],
  errorCode?: CommandLogEntry['errorCode'],
): CommandLogEntry {
  const { metadata } = command;
  const elapsed = Date.parse(clock.now()) - Date.parse(metadata.receivedAt);
  return {
    commandId: metadata.commandId,
    commandName: command.commandName,
    source: metadata.source,
    actor: metadata.actor,
    customerId: command.customerId,
    outcome,
    ...(errorCode ? { errorCode } : {}),
    requestId: metadata.requestId,
    receivedAt: metadata.receivedAt,
    durationMs: Math.max(0, elapsed),
  };
}
