import type { CustomerEvent } from './events/customer.event.js';

/**
 * An event before it is stamped: what the rule checks decide. The aggregate adds `occurredAt`
 * and `schemaVersion` when it records the change.
 */
export type CustomerChange = CustomerEvent extends infer E
  ? E extends CustomerEvent
    ? Pick<E, 'type' | 'data'>
    : never
  : never;

export function stamp(change: CustomerChange, occurredAt: string): CustomerEvent {
  return { ...change, schemaVersion: 1, occurredAt };
}
