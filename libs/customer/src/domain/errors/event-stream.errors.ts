/**
 * An event that cannot follow the state it is applied to (a second registration, an individual's
 * event on a business, an unknown representative). The aggregate never records one, so this means
 * a corrupted or foreign stream: a bug to surface as a 500, not a client error.
 */
export class EventNotApplicableError extends Error {
  constructor(
    readonly eventType: string,
    reason: string,
  ) {
    super(`${eventType} cannot be applied: ${reason}`);
    this.name = 'EventNotApplicableError';
  }
}
