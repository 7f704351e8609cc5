import type { Change } from './change.js';

/** Who asked: what the event metadata and the command log record. */
export interface Meta {
  readonly commandName: string;
  readonly source: string;
  readonly clientId: string;
  readonly requestId: string;
}

/** The database work of the baseline's four operations, on either database. */
export interface BaselineWork {
  /** The customer's new state and version, or undefined for an unknown customer. */
  write(
    customerId: string,
    change: Change,
    meta: Meta,
  ): Promise<Record<string, unknown> | undefined>;
  read(customerId: string): Promise<{ state: string; version: number } | undefined>;
  history(customerId: string, limit: number): Promise<Array<Record<string, unknown>>>;
  close(): Promise<void>;
}
