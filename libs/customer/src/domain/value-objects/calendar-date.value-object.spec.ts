import { expectToFail, FixedClock } from '@app/testing';
import { parseCalendarDate, todayOf } from './calendar-date.value-object.js';

describe('calendar date value object', () => {
  it('accepts a real date, 29 February of a leap year included', () => {
    expect(parseCalendarDate('2024-02-29', 'd')).toBe('2024-02-29');
  });

  it.each([
    '2023-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-00-10',
    '1978-10-15T00:00:00.000Z',
    '24-1-1',
  ])('rejects %j', (raw) => {
    expectToFail(() => parseCalendarDate(raw, 'dateOfBirth'), {
      code: 'VALIDATION_FAILED',
      fields: ['dateOfBirth'],
    });
  });

  it('takes today from the clock (UTC)', () => {
    expect(todayOf(new FixedClock('2026-11-21T23:59:59.999Z'))).toBe('2026-11-21');
  });

  it('refuses a date after `notAfter` but accepts that day itself', () => {
    expect(parseCalendarDate('2026-11-21', 'd', { notAfter: '2026-11-21' })).toBe('2026-11-21');
    expectToFail(() => parseCalendarDate('2026-11-22', 'd', { notAfter: '2026-11-21' }), {
      code: 'VALIDATION_FAILED',
      fields: ['d'],
      matching: { errors: [{ field: 'd', message: 'must not be in the future' }] },
    });
  });
});
