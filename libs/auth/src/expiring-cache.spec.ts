import { ExpiringCache } from './expiring-cache.js';

describe('ExpiringCache', () => {
  let now = 1_000;
  const cache = () => new ExpiringCache<string>(2, () => now);

  it('answers an entry until its time, and forgets it from then on', () => {
    const c = cache();
    c.set('a', 'A', 1_500);
    now = 1_499;
    expect(c.get('a')).toBe('A');
    now = 1_500;
    expect(c.get('a')).toBeUndefined();
    now = 1_000;
    expect(c.get('a')).toBeUndefined();
  });

  it('keeps at most its size, dropping the oldest entry first', () => {
    now = 1_000;
    const c = cache();
    c.set('a', 'A', 9_000);
    c.set('b', 'B', 9_000);
    c.set('c', 'C', 9_000);
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([undefined, 'B', 'C']);
  });

  it('stores nothing already expired, and forgets a deleted entry', () => {
    now = 1_000;
    const c = cache();
    c.set('old', 'X', 1_000);
    expect(c.get('old')).toBeUndefined();
    c.set('a', 'A', 9_000);
    c.delete('a');
    expect(c.get('a')).toBeUndefined();
  });
});
