import { hideSsns, maskPii } from '@app/customer';
import { toStoredEvent, type EventRow, type StoredEvent } from '@app/event-store';
import { hideSsnsInText } from './ssn-text.js';
import type { StoredLine } from './stored-event-text.js';

/**
 * A stored event with its seal (the keyed HMAC of its hash), when the row has one: whoever holds
 * the server secret can check that the server wrote it, offline too (`audit:verify-file`).
 */
export type SealedEvent = StoredEvent & { readonly seal?: string };

export function sealedEventOf(row: EventRow): SealedEvent {
  const event = toStoredEvent(row);
  return row.seal ? { ...event, seal: row.seal } : event;
}

/**
 * An event as an audit answer shows it. `redacted: true` says that `data` is not what was
 * stored (PII masked, or an SSN cut to its last four digits), so its hash cannot be recomputed
 * from this copy; its links and seal still can.
 */
export type AuditEventView = SealedEvent & { readonly redacted?: true };

/**
 * Masks PII unless the reader holds `audit:pii`, and never shows an SSN whole to anyone
 * (API.md §8, docs/decisions.md "SSNs").
 */
export function auditEventView(event: SealedEvent, seesPii: boolean): AuditEventView {
  const data = shownData(event.data, seesPii);
  return data === event.data ? event : { ...event, data, redacted: true };
}

/** What a reader is shown of an event's data: the data itself when nothing is hidden from them. */
function shownData(data: Record<string, unknown>, seesPii: boolean): Record<string, unknown> {
  const withoutSsns = hideSsns(data);
  // Both return their argument itself when they changed nothing.
  return seesPii ? withoutSsns : maskPii(withoutSsns);
}

/**
 * A stored row as auditEventView shows it, to be written from its stored text: a reader with
 * `audit:pii` has only the SSN documents of its data rewritten, from the text (most rows have
 * none, and nothing is parsed); other readers' data is parsed and masked.
 */
export function storedLineOf(row: EventRow, seesPii: boolean): StoredLine {
  if (seesPii) {
    if (!row.data.includes('"SSN"')) return { row };
    const hidden = hideSsnsInText(row.data);
    return hidden === row.data ? { row } : { row, redactedData: hidden };
  }
  const data = JSON.parse(row.data) as Record<string, unknown>;
  const shown = shownData(data, false);
  return shown === data ? { row } : { row, redactedData: JSON.stringify(shown) };
}
