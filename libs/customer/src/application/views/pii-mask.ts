const EMAIL = /^([^@\s])[^@\s]*@(.+)$/;
const HIDDEN = '***';
/** Keys whose values are hidden whole (API.md §8). */
const HIDDEN_KEYS = new Set(['addressLine1', 'addressLine2', 'dateOfBirth', 'value', 'last4']);
/** Keys whose values keep only their last four digits. */
const DIGIT_KEYS = new Set(['phoneNumber', 'mobileNumber']);

/** `j***@example.com`. */
export function maskEmail(email: string): string {
  const match = EMAIL.exec(email);
  return match ? `${match[1]}***@${match[2]}` : HIDDEN;
}

/** Every digit but the last four as `*`, other characters kept: `+*********0123`. */
export function maskDigits(text: string): string {
  const digits = text.replace(/\D/g, '').length;
  let seen = 0;
  return text.replace(/\d/g, (digit) => (++seen > digits - 4 ? digit : '*'));
}

/** The items mapped, or the array itself when no item changed. */
function mapItems(items: readonly unknown[], map: (item: unknown) => unknown): unknown {
  const mapped = items.map(map);
  return mapped.some((item, i) => item !== items[i]) ? mapped : items;
}

/** The members mapped, or the object itself when no member changed. */
function mapMembers(record: object, map: (value: unknown, key: string) => unknown): unknown {
  const entries = Object.entries(record);
  const mapped = entries.map(([k, v]) => [k, map(v, k)] as const);
  return mapped.some(([, v], i) => v !== entries[i]![1]) ? Object.fromEntries(mapped) : record;
}

/**
 * Masks personal data anywhere in an audit answer for readers without `audit:pii`: emails
 * wherever they appear, phone numbers, address lines, dates of birth and document values.
 * Returns its argument itself when nothing needed masking, so callers can tell.
 */
export function maskPii<T>(value: T): T {
  return maskValue(value, undefined) as T;
}

function maskValue(value: unknown, key: string | undefined): unknown {
  if (value === null || value === undefined) return value;
  if (Array.isArray(value)) return mapItems(value, (item) => maskValue(item, undefined));
  if (typeof value === 'object') return mapMembers(value, (v, k) => maskValue(v, k));
  if (typeof value !== 'string') return value;
  if (key !== undefined && HIDDEN_KEYS.has(key)) return HIDDEN;
  if (key !== undefined && DIGIT_KEYS.has(key)) return maskDigits(value);
  if (EMAIL.test(value)) return maskEmail(value);
  return value;
}

/**
 * An SSN is never shown whole, even to `audit:pii` readers: only its last four digits. Returns
 * its argument itself when it holds no SSN.
 */
export function hideSsns<T>(value: T): T {
  if (Array.isArray(value)) return mapItems(value, hideSsns) as T;
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (record.type === 'SSN' && typeof record.value === 'string') {
    const { value: ssn, ...rest } = record;
    return { ...rest, last4: ssn.slice(-4) } as T;
  }
  return mapMembers(record, hideSsns) as T;
}
