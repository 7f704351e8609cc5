import { DomainError } from '@app/core';

/** No event of the log has this id. */
export class EventNotFoundError extends DomainError {
  readonly code = 'EVENT_NOT_FOUND';
  constructor(readonly eventId: string) {
    super('Event not found');
  }
}
