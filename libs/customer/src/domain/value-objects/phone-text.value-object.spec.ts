import { ValidationFailedError } from '@app/core';
import { parseE164, parsePhoneText, toE164 } from './phone-text.value-object.js';

const failure = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('phone text value object', () => {
  it('splits an international number as people type it into dialing code and number', () => {
    expect(parsePhoneText('+234 987 654 3210', 'phoneNumber')).toEqual({
      countryDialingCode: '234',
      phoneNumber: '9876543210',
    });
    expect(parsePhoneText(' +44 (0)7700-900123 ', 'p')).toEqual({
      countryDialingCode: '44',
      phoneNumber: '7700900123',
    });
  });

  it('keeps the digits of a number without + and gives it no dialing code', () => {
    expect(parsePhoneText('0803 123-4567', 'p')).toEqual({ phoneNumber: '08031234567' });
  });

  it.each([
    '+1 23',
    '+999 123456',
    '+234 987 654 3210 call me',
    '+234 987 654 3210 ext. 5',
    '12345',
    'call me',
    '0803/1234567',
    '',
  ])('refuses %j naming the field', (raw) => {
    const error = failure(() => parsePhoneText(raw, 'phoneNumber'));
    expect(error).toBeInstanceOf(ValidationFailedError);
    expect((error as ValidationFailedError).errors.map((e) => e.field)).toEqual(['phoneNumber']);
  });

  it('accepts a possible E.164 mobile number and splits it', () => {
    expect(parseE164('+447700900123', 'mobileNumber')).toEqual({
      countryDialingCode: '44',
      phoneNumber: '7700900123',
    });
  });

  it.each(['447700900123', '+44 7700 900123', '+1 23', '+123', '+4477009001234567'])(
    'refuses the E.164 mobile %j',
    (raw) => {
      expect(() => parseE164(raw, 'mobileNumber')).toThrow(ValidationFailedError);
    },
  );

  it('writes a phone back as E.164, without leading zeros of the dialing code', () => {
    expect(toE164({ countryDialingCode: '01', phoneNumber: '1234567890' })).toBe('+11234567890');
    expect(toE164({ countryDialingCode: '234', phoneNumber: '9876543210' })).toBe('+2349876543210');
  });
});
