import { expectToFail } from '@app/testing';
import { Email, emailKey } from './email.value-object.js';

describe('Email value object', () => {
  it('trims the email and keeps its case', () => {
    expect(Email.parse('  Jane.Doe@Example.com ', 'email').value).toBe('Jane.Doe@Example.com');
  });

  it.each(['no-at-sign', '@example.com', 'jane@', 'jane doe@example.com'])(
    'rejects %j naming the given field',
    (raw) => {
      expectToFail(() => Email.parse(raw, 'customer.email'), {
        code: 'VALIDATION_FAILED',
        fields: ['customer.email'],
      });
    },
  );

  it('rejects more than 254 characters and accepts 254', () => {
    const local = 'a'.repeat(64);
    const email = (length: number): string => `${local}@${'b'.repeat(length - local.length - 1)}`;
    expect(Email.parse(email(254), 'email').value).toHaveLength(254);
    expectToFail(() => Email.parse(email(255), 'email'), {
      code: 'VALIDATION_FAILED',
      fields: ['email'],
    });
  });

  it('rejects a value that is not a string', () => {
    expectToFail(() => Email.parse(42, 'email'), { code: 'VALIDATION_FAILED', fields: ['email'] });
  });

  it('claims emails trimmed and lowercase, so casing does not make another contact', () => {
    expect(Email.parse(' Jane@Example.COM ', 'email').claimKey).toBe('email:jane@example.com');
    expect(emailKey(' Jane@Example.COM ')).toBe('email:jane@example.com');
  });
});
