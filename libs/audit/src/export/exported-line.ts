import type { CheckedEvent } from '@app/event-store';
import type { ExportTrailer } from './export-trailer.js';

const HASH = /^[0-9a-f]{64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** One line of an NDJSON export: an event, its trailer, or neither (cut short, not JSON…). */
export type ExportedLine =
  | { readonly kind: 'event'; readonly event: CheckedEvent }
  | { readonly kind: 'trailer'; readonly trailer: ExportTrailer }
  | undefined;

function eventOf(value: Record<string, unknown>): CheckedEvent | undefined {
  if (!isRecord(value.data) || !isRecord(value.metadata)) return undefined;
  const { position, version, streamId, eventId, type, occurredAt, prevHash, hash, seal } = value;
  const integers = [position, version].every((n) => Number.isSafeInteger(n));
  const texts = [streamId, eventId, type, occurredAt].every((s) => typeof s === 'string');
  const hashes = [prevHash, hash].every((h) => typeof h === 'string' && HASH.test(h));
  if (!integers || !texts || !hashes) return undefined;
  if (value.redacted !== undefined && value.redacted !== true) return undefined;
  if (seal !== undefined && typeof seal !== 'string') return undefined;
  return value as unknown as CheckedEvent;
}

function trailerOf(value: unknown): ExportTrailer | undefined {
  if (!isRecord(value)) return undefined;
  const { events, lastPosition, digest, seal } = value;
  if (!Number.isSafeInteger(events) || typeof digest !== 'string' || typeof seal !== 'string') {
    return undefined;
  }
  if (lastPosition !== null && !Number.isSafeInteger(lastPosition)) return undefined;
  return value as unknown as ExportTrailer;
}

export function exportedLineOf(line: string): ExportedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  if ('trailer' in value) {
    const trailer = trailerOf(value.trailer);
    return trailer && Object.keys(value).length === 1 ? { kind: 'trailer', trailer } : undefined;
  }
  const event = eventOf(value);
  return event && { kind: 'event', event };
}
