import { EventStore } from '@app/event-store';

/** Hears how long each append took, in seconds (the metrics' append latency). */
export type AppendListener = (seconds: number) => void;

/**
 * The event store, timed: each append, from reading the stream's head to the inserted rows,
 * inside the command's transaction. Listeners hear of appends that succeeded.
 */
export class ObservedEventStore extends EventStore {
  private readonly listeners: AppendListener[] = [];

  onAppended(listener: AppendListener): void {
    this.listeners.push(listener);
  }

  override async append(
    ...args: Parameters<EventStore['append']>
  ): ReturnType<EventStore['append']> {
    const started = performance.now();
    const stored = await super.append(...args);
    const seconds = (performance.now() - started) / 1000;
    for (const listener of this.listeners) listener(seconds);
    return stored;
  }
}
