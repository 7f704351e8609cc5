import type { CustomerState } from '../domain/customer.types.js';

/** What a command handler returns to its adapter. */
export interface CommandOutcome {
  readonly outcome: 'accepted' | 'noop';
  readonly state: CustomerState;
  /** How many events the command appended (0 for a no-op). */
  readonly appended: number;
}
