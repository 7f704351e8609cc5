import { createHash, type Hash } from 'node:crypto';
import type { EventSealer } from '@app/event-store';

/**
 * The last line of an NDJSON export: how many events it holds, the last one's position and a
 * SHA-256 over their hashes in file order, sealed with the server's key. A file cut short, or
 * with lines dropped, added or moved, no longer matches it; only the key holder could reseal
 * one that was made to match.
 */
export interface ExportTrailer {
  readonly events: number;
  readonly lastPosition: number | null;
  readonly digest: string;
  readonly seal: string;
}

const PURPOSE = 'export-trailer';

function sealedText(trailer: Omit<ExportTrailer, 'seal'>): string {
  return `${trailer.events} ${trailer.lastPosition ?? '-'} ${trailer.digest}`;
}

/** Counts the events as they pass, for the trailer (the exporter) or to check one (the verifier). */
export class TrailerTally {
  events = 0;
  lastPosition: number | null = null;
  private readonly hashes: Hash = createHash('sha256');

  add(position: number, hash: string): void {
    this.events++;
    this.lastPosition = position;
    this.hashes.update(hash, 'latin1');
  }

  /** What the trailer should say; ends the tally. */
  summary(): Omit<ExportTrailer, 'seal'> {
    const { events, lastPosition } = this;
    return { events, lastPosition, digest: this.hashes.digest('hex') };
  }
}

export function trailerLine(tally: TrailerTally, sealer: EventSealer): string {
  const summary = tally.summary();
  const trailer = { ...summary, seal: sealer.sealText(PURPOSE, sealedText(summary)) };
  return `${JSON.stringify({ trailer })}\n`;
}

/** Whether a trailer's seal is the server's, given its key. */
export function trailerSealMatches(trailer: ExportTrailer, sealer: EventSealer): boolean {
  return sealer.matchesText(PURPOSE, sealedText(trailer), trailer.seal);
}
