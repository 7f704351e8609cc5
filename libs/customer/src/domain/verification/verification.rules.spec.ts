import { aVerification, expectFailure, failureOf } from '@app/testing';
import { assertAuthorises, attempt, statusAt } from './verification.rules.js';

const NOW = '2026-11-21T10:31:00.000Z';
const pending = aVerification();

describe('verification rules (API.md §5.2)', () => {
  it('counts a pending verification as expired from its expiry instant on', () => {
    expect(statusAt(pending, NOW)).toBe('PENDING');
    expect(statusAt(pending, pending.expiresAt)).toBe('EXPIRED');
    expect(statusAt(aVerification({ status: 'COMPLETED' }), pending.expiresAt)).toBe('COMPLETED');
  });

  describe('a terminal status wins over the lifetime', () => {
    const late = pending.expiresAt;

    it.each(['FAILED', 'SUPERSEDED', 'CONSUMED'] as const)(
      'reads a %s one past its lifetime as such, not as expired',
      (status) => {
        expect(statusAt(aVerification({ status }), late)).toBe(status);
      },
    );

    it.each([
      ['SUPERSEDED', 'VERIFICATION_INVALID'],
      ['CONSUMED', 'VERIFICATION_INVALID'],
      ['FAILED', 'VERIFICATION_FAILED'],
    ] as const)('answers an attempt on a %s one past its lifetime with %s', (status, code) => {
      const verification = aVerification({ status, attemptsRemaining: 0 });
      const { next, refusal } = attempt(verification, true, late);
      expectFailure(refusal, { code });
      expect(next).toBe(verification);
    });

    it.each(['SUPERSEDED', 'CONSUMED', 'FAILED'] as const)(
      'refuses to authorise a change with a %s one past its lifetime as invalid',
      (status) => {
        const verification = aVerification({ status });
        const change = {
          customerId: 'cust_1',
          attribute: 'email' as const,
          valueKey: verification.valueKey,
        };
        expectFailure(
          failureOf(() => assertAuthorises(verification, change, late)),
          { code: 'VERIFICATION_INVALID' },
        );
      },
    );

    it.each(['PENDING', 'EXPIRED'] as const)(
      'refuses to authorise a change with a %s one past its lifetime as expired',
      (status) => {
        const change = {
          customerId: 'cust_1',
          attribute: 'email' as const,
          valueKey: pending.valueKey,
        };
        expectFailure(
          failureOf(() => assertAuthorises(aVerification({ status }), change, late)),
          { code: 'VERIFICATION_EXPIRED' },
        );
      },
    );
  });

  it('completes on the right code, keeping the attempts left', () => {
    const { next, refusal } = attempt(pending, true, NOW);
    expect(refusal).toBeUndefined();
    expect(next).toMatchObject({ status: 'COMPLETED', attemptsRemaining: 5, updatedAt: NOW });
  });

  it('answers a wrong code with the attempts left, and fails on the 5th', () => {
    let verification = pending;
    const remaining: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const { next, refusal } = attempt(verification, false, NOW);
      expectFailure(refusal, { code: 'VERIFICATION_CODE_MISMATCH' });
      remaining.push(next.attemptsRemaining);
      verification = next;
    }
    expect(remaining).toEqual([4, 3, 2, 1]);
    const fifth = attempt(verification, false, NOW);
    expectFailure(fifth.refusal, {
      code: 'VERIFICATION_FAILED',
      matching: { attemptsRemaining: 0 },
    });
    expect(fifth.next.status).toBe('FAILED');
    const later = attempt(fifth.next, true, NOW);
    expectFailure(later.refusal, { code: 'VERIFICATION_FAILED' });
    expect(later.next).toBe(fifth.next);
  });

  it('expires a pending verification tried after its lifetime, whatever the code', () => {
    const { next, refusal } = attempt(pending, true, pending.expiresAt);
    expectFailure(refusal, { code: 'VERIFICATION_EXPIRED' });
    expect(next.status).toBe('EXPIRED');
  });

  it.each(['SUPERSEDED', 'CONSUMED'] as const)(
    'refuses any attempt on a %s one as invalid',
    (status) => {
      const verification = aVerification({ status });
      const { next, refusal } = attempt(verification, true, NOW);
      expectFailure(refusal, { code: 'VERIFICATION_INVALID' });
      expect(next).toBe(verification);
    },
  );

  it('answers the right code again on a completed one, and refuses a wrong one', () => {
    const completed = aVerification({ status: 'COMPLETED' });
    expect(attempt(completed, true, NOW)).toEqual({ next: completed });
    expectFailure(attempt(completed, false, NOW).refusal, { code: 'VERIFICATION_INVALID' });
  });

  describe('what authorises a contact change', () => {
    const completed = aVerification({ status: 'COMPLETED' });
    const change = {
      customerId: 'cust_1',
      attribute: 'email' as const,
      valueKey: completed.valueKey,
    };

    it('is a completed, unexpired verification of the customer, attribute and value', () => {
      expect(() => assertAuthorises(completed, change, NOW)).not.toThrow();
    });

    it.each([
      ['another customer', completed, { ...change, customerId: 'cust_2' }, 'VERIFICATION_INVALID'],
      ['another value', completed, { ...change, valueKey: 'email:x@y.z' }, 'VERIFICATION_INVALID'],
      [
        'another attribute',
        completed,
        { ...change, attribute: 'mobile' as const },
        'VERIFICATION_INVALID',
      ],
      ['a pending one', pending, change, 'VERIFICATION_INVALID'],
      ['a consumed one', aVerification({ status: 'CONSUMED' }), change, 'VERIFICATION_INVALID'],
    ] as const)('refuses %s', (_name, verification, asked, code) => {
      expectFailure(
        failureOf(() => assertAuthorises(verification, asked, NOW)),
        { code },
      );
    });

    it('refuses it past its lifetime as expired', () => {
      expectFailure(
        failureOf(() => assertAuthorises(completed, change, completed.expiresAt)),
        {
          code: 'VERIFICATION_EXPIRED',
        },
      );
    });
  });
});
