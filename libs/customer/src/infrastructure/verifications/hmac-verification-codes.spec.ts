import { HmacVerificationCodes } from './hmac-verification-codes.js';

describe('HmacVerificationCodes', () => {
  const codes = new HmacVerificationCodes('a-server-secret-that-is-long-enough');

  it('issues 6-digit codes and stores only their HMAC', () => {
    const issued = Array.from({ length: 200 }, () => codes.issue());
    for (const { code, hash } of issued) {
      expect(code).toMatch(/^\d{6}$/);
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(hash).not.toContain(code);
    }
    // A CSPRNG over a million values: 200 draws are very unlikely to be all alike.
    expect(new Set(issued.map((i) => i.code)).size).toBeGreaterThan(150);
  });

  it('matches the code it issued and nothing else', () => {
    const { code, hash } = codes.issue();
    expect(codes.matches(code, hash)).toBe(true);
    const other = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(codes.matches(other, hash)).toBe(false);
    expect(codes.matches(code, 'not-a-hash')).toBe(false);
  });

  it('hashes under the server key: another key does not recognise the code', () => {
    const { code, hash } = codes.issue();
    expect(new HmacVerificationCodes('another-server-secret-0123456789').matches(code, hash)).toBe(
      false,
    );
  });
});
