import type { CheckedEvent } from '@app/event-store';

const HASH = /^[0-9a-f]{64}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * One NDJSON line of an export as an event to check, or undefined when the line is not an
 * exported event at all (cut short, not JSON, a member missing or of the wrong kind).
 */
export function exportedEventOf(line: string): CheckedEvent | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isRecord(value.data) || !isRecord(value.metadata)) return undefined;
  const { position, version, streamId, eventId, type, occurredAt, prevHash, hash } = value;
  const integers = [position, version].every((n) => Number.isSafeInteger(n));
  const texts = [streamId, eventId, type, occurredAt].every((s) => typeof s === 'string');
  const hashes = [prevHash, hash].every((h) => typeof h === 'string' && HASH.test(h));
  if (!integers || !texts || !hashes) return undefined;
  if (value.redacted !== undefined && value.redacted !== true) return undefined;
  return value as unknown as CheckedEvent;
}
