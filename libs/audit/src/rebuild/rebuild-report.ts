import { MAX_REPORTED_FAILURES } from '../verify/verification-report.js';

/**
 * One way the live read model differs from the replay of the events:
 * - `missing`: the replay has it, the live model does not;
 * - `extra`: the live model has it, the events do not;
 * - `changed`: both have it, with other values at `path`;
 * - `unreplayable`: the stream's events do not follow one another (`path` says where).
 * `subject` is the customer row (`customer`), its `stream`, or a claim, named by its kind and
 * masked value.
 */
export interface ReadModelDifference {
  readonly customerId: string;
  readonly subject: string;
  readonly kind: 'missing' | 'extra' | 'changed' | 'unreplayable';
  readonly path?: string;
}

export interface RebuildReport {
  /** Customers replayed from their streams. */
  readonly customers: number;
  readonly events: number;
  readonly differences: readonly ReadModelDifference[];
  readonly truncated: boolean;
  /** Whether the live read model was replaced where it differed. */
  readonly repaired: boolean;
}

/** Counts what was replayed and keeps the first differences (bounded, like verification). */
export class RebuildTally {
  customers = 0;
  events = 0;
  found = 0;
  private readonly kept: ReadModelDifference[] = [];

  add(differences: readonly ReadModelDifference[]): void {
    this.found += differences.length;
    for (const difference of differences) {
      if (this.kept.length < MAX_REPORTED_FAILURES) this.kept.push(difference);
    }
  }

  report(repaired: boolean): RebuildReport {
    const { customers, events, kept } = this;
    const truncated = this.found > kept.length;
    return {
      customers,
      events,
      differences: kept,
      truncated,
      repaired: repaired && this.found > 0,
    };
  }
}
