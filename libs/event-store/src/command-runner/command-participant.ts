import type { Transaction } from '@app/persistence';
import type { Decision, RunnableCommand } from './command-runner.js';

/**
 * Something that takes part in every command, besides the command itself: the outbox dispatcher
 * (after the commit), the idempotency record (inside the transaction, and after a rollback).
 */
export interface CommandParticipant {
  /** Inside the command's transaction, once it decided: its writes commit or roll back with it. */
  decided?(tx: Transaction, command: RunnableCommand, decision: Decision<unknown>): Promise<void>;
  /** After the commit, with what was decided. */
  committed?(command: RunnableCommand, decision: Decision<unknown>): void;
  /** After the command was refused and its transaction rolled back. */
  rejected?(command: RunnableCommand, error: unknown): Promise<void>;
}
