import { DomainError } from '@app/core';

/** A client with this id already exists (HTTP 409). */
export class ClientAlreadyExistsError extends DomainError {
  readonly code = 'CLIENT_ALREADY_EXISTS';
  constructor(readonly clientId: string) {
    super('A client with this id already exists');
  }
}

/** No client has this id (HTTP 404). */
export class ClientNotFoundError extends DomainError {
  readonly code = 'CLIENT_NOT_FOUND';
  constructor(readonly clientId: string) {
    super('Client not found');
  }
}
