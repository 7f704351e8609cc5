import { DomainError, WriteContentionError, type Clock } from '@app/core';
import type { Transaction } from '@app/persistence';
import type { CommandLogEntry } from '../command-log/command-log-entry.js';
import { commandLogEntry } from './command-log-entry.factory.js';
import type { CommandParticipant } from './command-participant.js';
import type { CommandLog } from './command-log.js';
import type { CommandMetadata } from './command-metadata.js';
import { ConcurrentWriteError } from './concurrent-write.error.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import type { StreamLock, StreamTransactions } from './stream-transactions.js';

/** What the runner needs to know of a command: its stream, and what the command log records. */
export interface RunnableCommand {
  readonly commandName: string;
  /** The stream the command appends to; its lock is held for the whole transaction. */
  readonly streamId: string;
  /** The customer the command-log row names; null for operations commands. */
  readonly customerId: string | null;
  readonly metadata: CommandMetadata;
  /** How the stream is locked (StreamLock); `stream` unless the work locks it itself. */
  readonly lock?: StreamLock;
}

/** What a command decided: its answer, and whether it changed anything (else it is a no-op). */
export interface Decision<T> {
  readonly result: T;
  readonly changed: boolean;
  /**
   * A refusal whose effects stand, such as a wrong verification code that still counts as an
   * attempt: the transaction commits, the command log records the rejection, then it is thrown.
   */
  readonly refusal?: DomainError;
}

/**
 * Runs every command, of every stream, the same way (DESIGN.md "One command, end to end"): one
 * transaction holding the stream's lock, in which the command loads, decides, appends and writes
 * its command-log row, then commits. A concurrent write that still slips through is retried from
 * scratch with jittered backoff; when retries run out the client gets a retryable 409. A rejected
 * command's transaction rolls back and its log row is written on its own.
 */
export class CommandRunner {
  private retriesSeen = 0;
  private readonly participants: CommandParticipant[] = [];

  constructor(
    private readonly transactions: StreamTransactions,
    private readonly log: CommandLog,
    private readonly clock: Clock,
    private readonly retry: RetryPolicy = DEFAULT_RETRY_POLICY,
  ) {}

  /** How many times a command was retried since start-up (for tests and metrics). */
  get retries(): number {
    return this.retriesSeen;
  }

  /** Adds a participant to every command from now on (see CommandParticipant). */
  addParticipant(participant: CommandParticipant): void {
    this.participants.push(participant);
  }

  /** Calls `listener` after every commit (the outbox dispatcher delivers what it wrote). */
  onCommitted(listener: () => void): void {
    this.addParticipant({ committed: listener });
  }

  async run<T>(
    command: RunnableCommand,
    decide: (tx: Transaction) => Promise<Decision<T>>,
  ): Promise<T> {
    const decision = await this.commit(command, decide);
    for (const participant of this.participants) participant.committed?.(command, decision);
    if (decision.refusal) throw decision.refusal;
    return decision.result;
  }

  private async commit<T>(
    command: RunnableCommand,
    decide: (tx: Transaction) => Promise<Decision<T>>,
  ): Promise<Decision<T>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.transactions.inStream(
          command.streamId,
          async (tx) => {
            const decision = await decide(tx);
            for (const participant of this.participants) {
              await participant.decided?.(tx, command, decision);
            }
            // Last in the transaction, so its duration runs from arrival to just before the commit.
            await this.log.write(tx, this.logEntryOf(command, decision));
            return decision;
          },
          command.lock,
        );
      } catch (error) {
        if (!(error instanceof ConcurrentWriteError)) throw await this.rejected(command, error);
        if (attempt >= this.retry.maxAttempts) {
          throw await this.rejected(command, new WriteContentionError());
        }
        this.retriesSeen++;
        await this.retry.pause(attempt);
      }
    }
  }

  private logEntryOf(command: RunnableCommand, decision: Decision<unknown>): CommandLogEntry {
    if (decision.refusal)
      return commandLogEntry(this.clock, command, 'rejected', decision.refusal.code);
    return commandLogEntry(this.clock, command, decision.changed ? 'accepted' : 'noop');
  }

  /** Logs the rejection (its canonical code) and hands the error back for the caller to throw. */
  private async rejected(command: RunnableCommand, error: unknown): Promise<unknown> {
    const code = error instanceof DomainError ? error.code : 'INTERNAL';
    const entry = commandLogEntry(this.clock, command, 'rejected', code);
    // The rejection is what the client must see; a failing log write must not replace it.
    await this.transactions.alone((tx) => this.log.write(tx, entry)).catch(() => undefined);
    for (const participant of this.participants) {
      await participant.rejected?.(command, error).catch(() => undefined);
    }
    return error;
  }
}
