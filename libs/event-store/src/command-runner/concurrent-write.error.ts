/**
 * Another writer changed the stream (or its read model) first. Not a client error: the command
 * runner retries the whole command from a fresh load.
 */
export class ConcurrentWriteError extends Error {
  constructor(readonly streamId: string) {
    super(`stream ${streamId} changed while the command ran`);
    this.name = 'ConcurrentWriteError';
  }
}
