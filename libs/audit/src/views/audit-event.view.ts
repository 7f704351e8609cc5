import { hideSsns, maskPii } from '@app/customer';
import type { StoredEvent } from '@app/event-store';

/**
 * An event as an audit answer shows it. `redacted: true` says that `data` is not what was
 * stored (PII masked, or an SSN cut to its last four digits), so its hash cannot be recomputed
 * from this copy; its links still can.
 */
export type AuditEventView = StoredEvent & { readonly redacted?: true };

/**
 * Masks PII unless the reader holds `audit:pii`, and never shows an SSN whole to anyone
 * (API.md §8, docs/decisions.md "SSNs").
 */
export function auditEventView(event: StoredEvent, seesPii: boolean): AuditEventView {
  const withoutSsns = hideSsns(event.data);
  const data = seesPii ? withoutSsns : maskPii(withoutSsns);
  // Both return their argument itself when they changed nothing.
  return data === event.data ? event : { ...event, data, redacted: true };
}
