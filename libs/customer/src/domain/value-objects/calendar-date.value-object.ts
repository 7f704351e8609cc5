import { ValidationFailedError, type Clock } from '@app/core';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today's date (UTC) as `YYYY-MM-DD`, from the injected clock so tests and replays control it. */
export function todayOf(clock: Clock): string {
  return clock.now().slice(0, 10);
}

function isRealDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls over (Feb 30 → Mar 2), so a real date is one that survives the round trip.
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

/**
 * A `YYYY-MM-DD` calendar date. With `notAfter` (a `YYYY-MM-DD` date, usually {@link todayOf})
 * the date may not be later than it: a date of birth cannot be in the future.
 *
 * @throws ValidationFailedError naming `field`
 */
export function parseCalendarDate(
  raw: unknown,
  field: string,
  options: { notAfter?: string } = {},
): string {
  if (typeof raw !== 'string' || !isRealDate(raw)) {
    throw ValidationFailedError.field(field, 'must be a real date in YYYY-MM-DD format');
  }
  // Fixed-width ISO dates compare correctly as strings.
  if (options.notAfter !== undefined && raw > options.notAfter) {
    throw ValidationFailedError.field(field, 'must not be in the future');
  }
  return raw;
}
