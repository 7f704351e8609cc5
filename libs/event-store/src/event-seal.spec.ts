import { createHmac } from 'node:crypto';
import { EventSealer } from './event-seal.js';

describe('EventSealer', () => {
  const hash = 'ab'.repeat(32);

  it('seals a hash the same way for the same secret, and differently for another', () => {
    const seal = EventSealer.fromSecret('secret-one').seal(hash);
    expect(seal).toMatch(/^[0-9a-f]{64}$/);
    expect(EventSealer.fromSecret('secret-one').matches(hash, seal)).toBe(true);
    expect(EventSealer.fromSecret('secret-two').matches(hash, seal)).toBe(false);
    expect(EventSealer.fromSecret('secret-one').matches('cd'.repeat(32), seal)).toBe(false);
  });

  it('derives its key rather than using the secret itself, and keeps text seals apart', () => {
    const sealer = EventSealer.fromSecret('secret-one');
    const direct = createHmac('sha256', 'secret-one').update(hash).digest('hex');
    expect(sealer.seal(hash)).not.toBe(direct);
    expect(sealer.sealText('export-trailer', hash)).not.toBe(sealer.seal(hash));
    expect(sealer.matches(hash, 'not-a-seal')).toBe(false);
    expect(() => EventSealer.fromSecret('')).toThrow();
  });
});
