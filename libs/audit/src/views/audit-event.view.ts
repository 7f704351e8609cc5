import { hideSsns, maskPii } from '@app/customer';
import { toStoredEvent, type EventRow, type StoredEvent } from '@app/event-store';

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
  const withoutSsns = hideSsns(event.data);
  const data = seesPii ? withoutSsns : maskPii(withoutSsns);
  // Both return their argument itself when they changed nothing.
  return data === event.data ? event : { ...event, data, redacted: true };
}
