import { createHash, createHmac, hkdfSync, randomUUID } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Meta } from './work.js';

/**
 * What the bare baseline does per write, without framework or validation: the same state
 * change, event, hash chain, seal, read-model row, claims and command-log row the service writes.
 */
export type Change =
  | { readonly kind: 'addressLine'; readonly value: string }
  | { readonly kind: 'address'; readonly value: Record<string, unknown> }
  | { readonly kind: 'mobile'; readonly value: string };

interface Phone {
  type: string;
  countryDialingCode?: string;
  phoneNumber: string;
}
export interface State {
  customer: { addresses?: Array<Record<string, unknown>>; phones?: Phone[] };
  [key: string]: unknown;
}

export interface Decided {
  readonly state: State;
  readonly type: string;
  readonly data: Record<string, unknown>;
  /** For a mobile change: the claim keys before and after. */
  readonly claims?: { readonly from: string; readonly to: string };
  /** For a mobile change: the notice to the old number, as an outbox row's payload. */
  readonly notice?: Record<string, unknown>;
}

const mobileKey = (phone: Phone | undefined) =>
  phone ? `mobile:+${(phone.countryDialingCode ?? '').replace(/^0+/, '')}${phone.phoneNumber}` : '';

/** A stored read-model state, as the baseline reads it. */
export const parseState = (text: string): State => JSON.parse(text) as State;

/** The new state and the one event of a change; undefined when nothing changes (a no-op). */
export function decide(state: State, change: Change): Decided | undefined {
  const customer = state.customer;
  if (change.kind === 'mobile') {
    const phones = customer.phones ?? [];
    const before = phones.find((p) => p.type === 'MOBILE');
    const after: Phone = {
      type: 'MOBILE',
      countryDialingCode: '44',
      phoneNumber: change.value.slice(3),
    };
    if (before && mobileKey(before) === mobileKey(after)) return undefined;
    const next = [...phones.filter((p) => p.type !== 'MOBILE'), after];
    return {
      state: { ...state, customer: { ...customer, phones: next } },
      type: 'MobileChanged',
      data: { from: before ?? null, to: after },
      claims: { from: mobileKey(before), to: mobileKey(after) },
      notice: { kind: 'contact-replaced', channel: 'sms', to: mobileKey(before).slice(7) },
    };
  }
  const addresses = customer.addresses ?? [];
  const before = addresses.find((a) => a.type === 'PRIMARY');
  const after =
    change.kind === 'address' ? change.value : { ...before, addressLine1: change.value };
  if (JSON.stringify(before) === JSON.stringify(after)) return undefined;
  const next = [...addresses.filter((a) => a.type !== 'PRIMARY'), after];
  return {
    state: { ...state, customer: { ...customer, addresses: next } },
    type: 'AddressChanged',
    data: { type: 'PRIMARY', from: before ?? null, to: after },
  };
}

/** The key the service seals event rows with, derived from its secret as the service does. */
export const sealKeyOf = (secret: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, '', 'event-seals', 32));

/** The event row of a decided change: hashed over its canonical JSON, sealed, with metadata. */
export function eventRow(
  streamId: string,
  version: number,
  prevHash: string,
  decided: Decided,
  meta: { commandName: string; source: string; clientId: string; requestId: string },
  sealKey: Buffer,
) {
  const commandId = randomUUID();
  const metadata = {
    commandName: meta.commandName,
    commandId,
    requestId: meta.requestId,
    source: meta.source,
    actor: { clientId: meta.clientId },
  };
  const event = {
    eventId: randomUUID(),
    streamId,
    version,
    type: decided.type,
    occurredAt: new Date().toISOString(),
    data: decided.data,
    metadata,
    prevHash,
  };
  const hash = createHash('sha256')
    .update(prevHash + canonicalize(event), 'utf8')
    .digest('hex');
  const seal = createHmac('sha256', sealKey).update(hash, 'utf8').digest('hex');
  return { ...event, hash, seal, commandId };
}

/** The events columns the baseline writes, in the order of {@link eventParameters}. */
export const EVENT_COLUMNS =
  'event_id, stream_id, version, type, data, metadata, occurred_at, prev_hash, hash, command_id, client_id, command_name, source, seal';

/** The values of an event row, in the order of {@link EVENT_COLUMNS}. */
export function eventParameters(e: ReturnType<typeof eventRow>, meta: Meta): unknown[] {
  return [
    e.eventId,
    e.streamId,
    e.version,
    e.type,
    JSON.stringify(e.data),
    JSON.stringify(e.metadata),
    e.occurredAt,
    e.prevHash,
    e.hash,
    e.commandId,
    meta.clientId,
    meta.commandName,
    meta.source,
    e.seal,
  ];
}

/** The outbox row of a notice (message id, kind, payload, created at), due at once. */
export function outboxParameters(notice: Record<string, unknown>, now: string): unknown[] {
  const messageId = randomUUID();
  return [
    messageId,
    'contact-replaced',
    JSON.stringify({ messageId, ...notice, createdAt: now }),
    now,
  ];
}

export const INSERT_OUTBOX_COLUMNS =
  'message_id, kind, payload, created_at, attempts, next_attempt_at, claimed_until, sent_at';
