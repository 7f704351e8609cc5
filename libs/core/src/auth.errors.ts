import { DomainError } from './domain-error.js';

/** Missing, malformed, badly signed or expired token, or a client disabled since issue. */
export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Authentication required') {
    super(message);
  }
}

/** The token is valid but lacks the scope the route needs. */
export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(readonly requiredScopes: readonly string[]) {
    super(`Missing scope: ${requiredScopes.join(', ')}`);
  }
}
