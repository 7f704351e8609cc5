import {
  VerificationCodeMismatchError,
  VerificationExpiredError,
  VerificationFailedError,
  VerificationInvalidError,
} from '../errors/verification.errors.js';
import type { DomainError } from '@app/core';
import type { Verification, VerificationStatus, VerifiedAttribute } from './verification.types.js';

/**
 * The status as of `now`: a pending verification past its lifetime is expired. Only a pending
 * one expires with time: FAILED, SUPERSEDED and CONSUMED are final and win over the lifetime, and
 * a completed one reads as completed (whether it may still be used is `assertAuthorises`'s call).
 */
export function statusAt(verification: Verification, now: string): VerificationStatus {
  const { status, expiresAt } = verification;
  return status === 'PENDING' && now >= expiresAt ? 'EXPIRED' : status;
}

/** What an attempt does: the verification's next state, and the error it answers, if any. */
export interface AttemptOutcome {
  readonly next: Verification;
  readonly refusal?: DomainError;
}

/**
 * One attempt of a code (`matches`: whether it was the right one). Only a pending verification
 * takes attempts; the 5th wrong code fails it. A completed one answers the right code again as
 * completed (a client's retry) and refuses any other.
 */
export function attempt(verification: Verification, matches: boolean, now: string): AttemptOutcome {
  const status = statusAt(verification, now);
  const next = (changes: Partial<Verification>): Verification => ({
    ...verification,
    ...changes,
    updatedAt: now,
  });
  switch (status) {
    case 'EXPIRED':
      return { next: next({ status }), refusal: new VerificationExpiredError() };
    case 'FAILED':
      return { next: verification, refusal: new VerificationFailedError() };
    case 'SUPERSEDED':
    case 'CONSUMED':
      return {
        next: verification,
        refusal: new VerificationInvalidError(`it is ${status.toLowerCase()}`),
      };
    case 'COMPLETED':
      return matches
        ? { next: verification }
        : { next: verification, refusal: new VerificationInvalidError('it is completed') };
    case 'PENDING':
      return pendingAttempt(verification, matches, next);
  }
}

function pendingAttempt(
  verification: Verification,
  matches: boolean,
  next: (changes: Partial<Verification>) => Verification,
): AttemptOutcome {
  if (matches) return { next: next({ status: 'COMPLETED' }) };
  const attemptsRemaining = verification.attemptsRemaining - 1;
  if (attemptsRemaining <= 0) {
    return {
      next: next({ status: 'FAILED', attemptsRemaining: 0 }),
      refusal: new VerificationFailedError(),
    };
  }
  return {
    next: next({ attemptsRemaining }),
    refusal: new VerificationCodeMismatchError(attemptsRemaining),
  };
}

/**
 * Whether the verification authorises setting `attribute` to the value keyed `valueKey` for this
 * customer now (API.md §5.2): completed, unexpired, unused, the customer's own, the same value.
 * A final status answers invalid even past the lifetime; expired is for a pending one past it
 * and a completed one left unused past it.
 *
 * @throws VerificationExpiredError, VerificationInvalidError
 */
export function assertAuthorises(
  verification: Verification,
  change: {
    readonly customerId: string;
    readonly attribute: VerifiedAttribute;
    readonly valueKey?: string;
  },
  now: string,
): void {
  if (verification.customerId !== change.customerId) {
    throw new VerificationInvalidError('it belongs to another customer');
  }
  const status = statusAt(verification, now);
  if (status === 'EXPIRED' || (status === 'COMPLETED' && now >= verification.expiresAt)) {
    throw new VerificationExpiredError();
  }
  if (status !== 'COMPLETED') throw new VerificationInvalidError(`it is ${status.toLowerCase()}`);
  if (verification.attribute !== change.attribute || verification.valueKey !== change.valueKey) {
    throw new VerificationInvalidError(`it verified another ${verification.attribute}`);
  }
}
