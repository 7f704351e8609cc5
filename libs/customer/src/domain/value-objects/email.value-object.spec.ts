import { ValidationFailedError } from '@app/core';
import { emailKey, parseEmail } from './email.value-object.js';

describe('email value object', () => {
  it('trims the email and keeps its case', () => {
    expect(parseEmail('  Jane.Doe@Example.com ', 'email')).toBe('Jane.Doe@Example.com');
  });

  it.each(['no-at-sign', '@example.com', 'jane@', 'jane doe@example.com'])(
    'rejects %j naming the given field',
    (raw) => {
      expect(() => parseEmail(raw, 'customer.email')).toThrow(
        expect.objectContaining({ errors: [expect.objectContaining({ field: 'customer.email' })] }),
      );
    },
  );

  it('rejects more than 254 characters and accepts 254', () => {
    const local = 'a'.repeat(64);
    const email = (length: number): string => `${local}@${'b'.repeat(length - local.length - 1)}`;
    expect(parseEmail(email(254), 'email')).toHaveLength(254);
    expect(() => parseEmail(email(255), 'email')).toThrow(ValidationFailedError);
  });

  it('rejects a value that is not a string', () => {
    expect(() => parseEmail(42, 'email')).toThrow(ValidationFailedError);
  });

  it('keys emails trimmed and lowercase, so casing does not make another contact', () => {
    expect(emailKey(' Jane@Example.COM ')).toBe('email:jane@example.com');
  });
});
