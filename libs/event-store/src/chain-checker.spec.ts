import { ChainChecker, type ChainCheckOptions, type CheckedEvent } from './chain-checker.js';
import { EventSealer } from './event-seal.js';
import { anEventChain as chain } from '@app/testing';

function check(events: readonly CheckedEvent[], options: boolean | ChainCheckOptions = false) {
  const checker = new ChainChecker(typeof options === 'boolean' ? { partial: options } : options);
  return events.flatMap((event) => checker.check(event));
}

describe('ChainChecker', () => {
  it('accepts intact chains, streams interleaved', () => {
    const [a, b] = [chain('a', 3, { first: 1, step: 2 }), chain('b', 3, { first: 2, step: 2 })];
    expect(check([a[0]!, b[0]!, a[1]!, b[1]!, a[2]!, b[2]!])).toEqual([]);
  });

  it('names an edited event', () => {
    const events = chain('a', 3);
    events[1] = { ...events[1]!, data: { to: 'forged@example.com' } };
    expect(check(events)).toEqual([{ streamId: 'a', version: 2, reason: 'hash-mismatch' }]);
  });

  it('names a deleted version and the link it broke', () => {
    const [one, , three] = chain('a', 3);
    expect(check([one!, three!])).toEqual([
      { streamId: 'a', version: 2, reason: 'missing-version' },
      { streamId: 'a', version: 3, reason: 'broken-link' },
    ]);
  });

  it('names a duplicated version and versions seen out of order', () => {
    const [one, two, three] = chain('a', 3);
    expect(check([one!, two!, two!])).toEqual([
      { streamId: 'a', version: 2, reason: 'duplicate-version' },
    ]);
    expect(check([one!, three!, two!]).map((f) => f.reason)).toEqual([
      'missing-version',
      'broken-link',
      'version-out-of-order',
    ]);
  });

  it('names positions that disagree with versions', () => {
    const [one, two] = chain('a', 2);
    expect(check([one!, { ...two!, position: 0 }])).toEqual([
      { streamId: 'a', version: 2, reason: 'position-out-of-order' },
    ]);
  });

  it('checks only the links of a redacted copy, and allows gaps in a partial export', () => {
    const [one, two, three] = chain('a', 3);
    const redacted = { ...two!, data: { to: '***' }, redacted: true };
    expect(check([one!, redacted, three!])).toEqual([]);
    expect(check([two!], true)).toEqual([]);
    expect(check([one!, three!], true)).toEqual([]);
    expect(check([{ ...one!, prevHash: 'f'.repeat(64) }, two!], true)).toMatchObject([
      { version: 1, reason: 'hash-mismatch' },
      { version: 1, reason: 'broken-link' },
    ]);
  });

  it('checks seals only when given the key: missing, made with another key, or of another hash', () => {
    const seals = EventSealer.fromSecret('server-secret');
    const sealed = chain('a', 4).map((e) => ({ ...e, seal: seals.seal(e.hash) }));
    expect(check(sealed, { seals })).toEqual([]);
    const { seal: _seal, ...unsealed } = sealed[1]!;
    const otherKey = { ...sealed[2]!, seal: EventSealer.fromSecret('guess').seal(sealed[2]!.hash) };
    const copied = { ...sealed[3]!, seal: sealed[0]!.seal };
    const tampered = [sealed[0]!, unsealed, otherKey, copied];
    expect(check(tampered)).toEqual([]);
    expect(check(tampered, { seals })).toEqual([
      { streamId: 'a', version: 2, reason: 'unsealed' },
      { streamId: 'a', version: 3, reason: 'seal-mismatch' },
      { streamId: 'a', version: 4, reason: 'seal-mismatch' },
    ]);
    const redacted = { ...sealed[1]!, data: { to: '***' }, redacted: true };
    expect(check([sealed[0]!, redacted], { seals })).toEqual([]);
  });
});
