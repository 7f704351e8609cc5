import { aVerification } from '@app/testing';
import { verificationView } from './verification.view.js';

describe('verificationView (GET …/verifications/:verificationId, API.md §5.2)', () => {
  const late = aVerification().expiresAt;

  it('answers exactly the members of the initiation, never the code, its hash or the value', () => {
    const verification = aVerification({ status: 'COMPLETED', attemptsRemaining: 3 });
    expect(verificationView(verification, verification.createdAt)).toEqual({
      verificationId: 'ver_1',
      flow: 'WALLET_UPDATE',
      attribute: 'email',
      status: 'COMPLETED',
      expiresAt: verification.expiresAt,
      attemptsRemaining: 3,
    });
  });

  it.each(['FAILED', 'SUPERSEDED', 'CONSUMED'] as const)(
    'shows a %s one past its lifetime with its final status',
    (status) => {
      expect(verificationView(aVerification({ status }), late).status).toBe(status);
    },
  );

  it('shows a pending one past its lifetime as expired', () => {
    expect(verificationView(aVerification(), late).status).toBe('EXPIRED');
  });
});
