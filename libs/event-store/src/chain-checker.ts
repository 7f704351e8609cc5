import { eventHash } from './event-hash.js';
import type { EventSealer } from './event-seal.js';
import { GENESIS_HASH, type StoredEvent } from './stored-event.js';

/**
 * Why an event breaks its stream's chain:
 * - `hash-mismatch`: its content (data, metadata or any other hashed member) is not what was hashed;
 * - `broken-link`: its `prevHash` is not the hash of the stream's previous event;
 * - `missing-version`: the version named is absent (a deleted or renumbered row);
 * - `duplicate-version`: a second event with the version of the one before it;
 * - `version-out-of-order`: a version lower than one already seen (rows moved in a file);
 * - `position-out-of-order`: versions and global positions disagree (reordered rows);
 * - `seal-mismatch`: its seal is not the keyed seal of its hash (a row written without the key);
 * - `unsealed`: it carries no seal at all (checked only when a sealer is given).
 */
export type ChainFailureReason =
  | 'hash-mismatch'
  | 'broken-link'
  | 'missing-version'
  | 'duplicate-version'
  | 'version-out-of-order'
  | 'position-out-of-order'
  | 'seal-mismatch'
  | 'unsealed';

export interface ChainFailure {
  readonly streamId: string;
  readonly version: number;
  readonly reason: ChainFailureReason;
}

/**
 * An event to check, with its seal when it has one. A redacted copy (its data masked) can only
 * have its links and seal checked: its hash cannot be recomputed from the masked data.
 */
export type CheckedEvent = StoredEvent & {
  readonly redacted?: boolean;
  readonly seal?: string | null;
};

export interface ChainCheckOptions {
  /** A filtered export: a stream's versions may skip, so only consecutive ones are linked. */
  readonly partial?: boolean;
  /** Checks every event's seal with this key; without it seals are not looked at. */
  readonly seals?: EventSealer;
}

interface StreamHead {
  readonly nextVersion: number;
  readonly parentHash: string;
  readonly position: number;
}

/**
 * Checks hash chains one event at a time, holding only each stream's head (version, hash,
 * position), so that logs of millions of events verify in bounded memory. Feed each stream's
 * events in version order; streams may interleave (see ChainCheckOptions).
 */
export class ChainChecker {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly options: ChainCheckOptions = {}) {}

  check(event: CheckedEvent): ChainFailure[] {
    const { streamId, version } = event;
    const head = this.heads.get(streamId) ?? {
      nextVersion: 1,
      parentHash: GENESIS_HASH,
      position: -1,
    };
    const failures: ChainFailure[] = [];
    const fail = (reason: ChainFailureReason, at = version) =>
      failures.push({ streamId, version: at, reason });
    if (!event.redacted && !hashMatches(event)) fail('hash-mismatch');
    const sealFailure = this.sealFailure(event);
    if (sealFailure) fail(sealFailure);
    if (version < head.nextVersion) {
      fail(version === head.nextVersion - 1 ? 'duplicate-version' : 'version-out-of-order');
      return failures;
    }
    const skipped = version > head.nextVersion;
    if (skipped && !this.options.partial) fail('missing-version', head.nextVersion);
    if (!(skipped && this.options.partial) && event.prevHash !== head.parentHash)
      fail('broken-link');
    if (event.position <= head.position) fail('position-out-of-order');
    this.heads.set(streamId, {
      nextVersion: version + 1,
      parentHash: event.hash,
      position: event.position,
    });
    return failures;
  }

  private sealFailure(event: CheckedEvent): ChainFailureReason | undefined {
    const { seals } = this.options;
    if (!seals) return undefined;
    if (typeof event.seal !== 'string' || event.seal === '') return 'unsealed';
    return seals.matches(event.hash, event.seal) ? undefined : 'seal-mismatch';
  }

  /** Drops a finished stream's head (for readers that see each stream's events together). */
  forget(streamId: string): void {
    this.heads.delete(streamId);
  }
}

function hashMatches(event: StoredEvent): boolean {
  try {
    return eventHash(event) === event.hash;
  } catch {
    return false; // content that cannot even be canonicalised cannot be what was hashed
  }
}
