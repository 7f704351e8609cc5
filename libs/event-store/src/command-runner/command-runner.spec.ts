import { ValidationFailedError } from '@app/core';
import {
  aCommandMetadata,
  expectFailure,
  FixedClock,
  InMemoryCommandLog,
  InMemoryTransactions,
} from '@app/testing';
import { CommandRunner, type RunnableCommand } from './command-runner.js';
import { ConcurrentWriteError } from './concurrent-write.error.js';

const ARRIVAL = '2026-11-21T10:30:00.000Z';
const command: RunnableCommand = {
  commandName: 'UpdateContactCommand',
  streamId: 'cust_1',
  customerId: 'cust_1',
  metadata: aCommandMetadata({ receivedAt: ARRIVAL }),
};

function setUp(maxAttempts = 4) {
  const clock = new FixedClock(ARRIVAL);
  const transactions = new InMemoryTransactions();
  const log = new InMemoryCommandLog();
  const pauses: number[] = [];
  const retry = {
    maxAttempts,
    pause: (attempt: number) => {
      pauses.push(attempt);
      return Promise.resolve();
    },
  };
  const runner = new CommandRunner(transactions, log, clock, retry);
  return { clock, transactions, log, pauses, runner };
}

/** Fails with a concurrent write the first `times` attempts, then appends one event. */
function clashing(times: number) {
  let attempts = 0;
  return () => {
    attempts++;
    if (attempts <= times) return Promise.reject(new ConcurrentWriteError('cust_1'));
    return Promise.resolve({ result: attempts, changed: true });
  };
}

describe('CommandRunner', () => {
  it("decides inside a transaction holding the command's stream lock", async () => {
    const { runner, transactions } = setUp();
    await runner.run(command, () => Promise.resolve({ result: 'ok', changed: true }));
    expect(transactions.lockedStreams).toEqual(['cust_1']);
  });

  it('logs an accepted command from its arrival to the moment it is written', async () => {
    const { runner, log, clock } = setUp();
    const result = await runner.run(command, () => {
      clock.advance(25);
      return Promise.resolve({ result: 'ok', changed: true });
    });
    expect(result).toBe('ok');
    expect(log.entries).toEqual([
      {
        commandId: 'cmd_1',
        commandName: 'UpdateContactCommand',
        source: 'bpm',
        actor: { clientId: 'bpm_client' },
        customerId: 'cust_1',
        outcome: 'accepted',
        requestId: 'req_1',
        receivedAt: ARRIVAL,
        durationMs: 25,
      },
    ]);
  });

  it("times a command up to the last write of its transaction, participants' writes included", async () => {
    const { runner, log, clock } = setUp();
    runner.addParticipant({
      decided: () => {
        clock.advance(10);
        return Promise.resolve();
      },
    });
    await runner.run(command, () => {
      clock.advance(25);
      return Promise.resolve({ result: 'ok', changed: true });
    });
    expect(log.entries).toMatchObject([{ outcome: 'accepted', durationMs: 35 }]);
  });

  it('logs a command that appended nothing as a no-op', async () => {
    const { runner, log } = setUp();
    await runner.run(command, () => Promise.resolve({ result: 'same', changed: false }));
    expect(log.entries.map((e) => e.outcome)).toEqual(['noop']);
  });

  it('retries a concurrent write from scratch, pausing between attempts, and logs once', async () => {
    const { runner, log, pauses, transactions } = setUp();
    await expect(runner.run(command, clashing(2))).resolves.toBe(3);
    expect(pauses).toEqual([1, 2]);
    expect(runner.retries).toBe(2);
    expect(transactions.lockedStreams).toEqual(['cust_1', 'cust_1', 'cust_1']);
    expect(log.entries.map((e) => e.outcome)).toEqual(['accepted']);
  });

  it('answers a retryable VERSION_CONFLICT when every attempt clashed, and logs the rejection', async () => {
    const { runner, log, pauses } = setUp(3);
    const failure: unknown = await runner.run(command, clashing(10)).catch((e: unknown) => e);
    expectFailure(failure, {
      code: 'VERSION_CONFLICT',
      matching: { name: 'WriteContentionError', retryable: true },
    });
    expect(failure).toMatchObject({ code: 'VERSION_CONFLICT', details: { retryable: true } });
    expect(pauses).toEqual([1, 2]);
    expect(log.entries).toMatchObject([{ outcome: 'rejected', errorCode: 'VERSION_CONFLICT' }]);
  });

  it('rejects a broken rule at once, without retrying, logging its canonical code', async () => {
    const { runner, log, pauses } = setUp();
    const error = ValidationFailedError.field('email', 'must be a valid email address');
    await expect(runner.run(command, () => Promise.reject(error))).rejects.toBe(error);
    expect(pauses).toEqual([]);
    expect(log.entries).toMatchObject([
      { outcome: 'rejected', errorCode: 'VALIDATION_FAILED', customerId: 'cust_1' },
    ]);
  });

  it('logs an unexpected failure as INTERNAL and passes the failure on', async () => {
    const { runner, log } = setUp();
    const failure = new Error('connection reset');
    await expect(runner.run(command, () => Promise.reject(failure))).rejects.toBe(failure);
    expect(log.entries).toMatchObject([{ outcome: 'rejected', errorCode: 'INTERNAL' }]);
  });

  it('commits a refusal whose effects stand, logs it as rejected, then throws it', async () => {
    const { runner, log } = setUp();
    let committed = 0;
    runner.onCommitted(() => committed++);
    const refusal = ValidationFailedError.field('code', 'does not match');
    const run = runner.run(command, () =>
      Promise.resolve({ result: 'counted', changed: true, refusal }),
    );
    await expect(run).rejects.toBe(refusal);
    expect(committed).toBe(1);
    expect(log.entries).toMatchObject([{ outcome: 'rejected', errorCode: 'VALIDATION_FAILED' }]);
  });

  it('tells its listeners after each commit, not after a rollback', async () => {
    const { runner } = setUp();
    let committed = 0;
    runner.onCommitted(() => committed++);
    await runner.run(command, () => Promise.resolve({ result: 'ok', changed: true }));
    await runner
      .run(command, () => Promise.reject(new Error('rolled back')))
      .catch(() => undefined);
    expect(committed).toBe(1);
  });

  it('lets participants write inside the transaction, and hear of commits and rejections', async () => {
    const { runner } = setUp();
    const heard: string[] = [];
    runner.addParticipant({
      decided: (_tx, { commandName }, decision) => {
        heard.push(`decided ${commandName} ${String(decision.result)}`);
        return Promise.resolve();
      },
      committed: () => heard.push('committed'),
      rejected: (_command, error) => {
        heard.push(`rejected ${(error as Error).message}`);
        return Promise.resolve();
      },
    });
    await runner.run(command, () => Promise.resolve({ result: 'ok', changed: true }));
    await runner.run(command, () => Promise.reject(new Error('broken'))).catch(() => undefined);
    expect(heard).toEqual(['decided UpdateContactCommand ok', 'committed', 'rejected broken']);
  });

  it('still answers the rejection when its log row cannot be written', async () => {
    const { runner, log } = setUp();
    log.write = () => Promise.reject(new Error('disk full'));
    const error = ValidationFailedError.field('email', 'bad');
    await expect(runner.run(command, () => Promise.reject(error))).rejects.toBe(error);
  });
});
