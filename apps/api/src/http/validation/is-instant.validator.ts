import { isISO8601, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * A calendar date (midnight UTC) or a date and time with a zone (`Z` or `±hh:mm`). ISO 8601
 * also allows week and ordinal dates and times without a zone; the first cannot be parsed by
 * `Date` and the second would be read in the server's local zone, so both are refused.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    INSTANT.test(value) &&
    isISO8601(value, { strict: true }) &&
    Number.isFinite(Date.parse(value))
  );
}

/** The ISO 8601 instant of a query parameter such as `asOf`, `from` or `to`. */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value) => isInstant(value),
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be an ISO 8601 date, or date and time with a zone (2026-11-21T10:30:00.000Z)`,
      },
    },
    options,
  );
}

/** The instant as the log stores times: ISO 8601 UTC with milliseconds. */
export function toStoredTime(instant: string): string {
  return new Date(instant).toISOString();
}
