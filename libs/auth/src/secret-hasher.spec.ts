import { SecretHasher } from './secret-hasher.js';

// A cheap cost keeps the suite fast; the format and the comparison are what is under test.
const hasher = new SecretHasher({ N: 1024, r: 8, p: 1 });

describe('SecretHasher', () => {
  it('verifies the secret it hashed', async () => {
    const stored = await hasher.hash('correct horse battery staple');
    await expect(hasher.verify('correct horse battery staple', stored)).resolves.toBe(true);
  });

  it('rejects another secret', async () => {
    const stored = await hasher.hash('correct horse battery staple');
    await expect(hasher.verify('correct horse battery stapl', stored)).resolves.toBe(false);
    await expect(hasher.verify('', stored)).resolves.toBe(false);
  });

  it('stores scrypt$N$r$p$salt$hash with a 16-byte salt and a 32-byte hash', async () => {
    const stored = await hasher.hash('s3cret');
    const match = /^scrypt\$1024\$8\$1\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/.exec(stored);
    expect(match).not.toBeNull();
    expect(Buffer.from(match?.[1] ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(match?.[2] ?? '', 'base64')).toHaveLength(32);
    expect(stored).not.toContain('s3cret');
  });

  it('salts every hash differently', async () => {
    expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
  });

  it('uses the cost stored with the hash, not its own', async () => {
    const stored = await new SecretHasher({ N: 2048, r: 4, p: 2 }).hash('portable');
    expect(stored.startsWith('scrypt$2048$4$2$')).toBe(true);
    await expect(hasher.verify('portable', stored)).resolves.toBe(true);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$10$abc$def'],
    ['missing parts', 'scrypt$1024$8$1$c2FsdA=='],
    ['extra parts', 'scrypt$1024$8$1$c2FsdA==$aGFzaA==$x'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdA==$aGFzaA=='],
    ['N too large', `scrypt$${2 ** 24}$8$1$c2FsdA==$aGFzaA==`],
    ['r not a number', 'scrypt$1024$x$1$c2FsdA==$aGFzaA=='],
    ['empty salt', 'scrypt$1024$8$1$$aGFzaA=='],
  ])('treats a malformed stored value (%s) as no match', async (_case, stored) => {
    await expect(hasher.verify('anything', stored)).resolves.toBe(false);
  });

  it('fails a dummy verification whatever the secret', async () => {
    await expect(hasher.verifyDummy('anything')).resolves.toBe(false);
    await expect(hasher.verifyDummy('')).resolves.toBe(false);
  });
});
