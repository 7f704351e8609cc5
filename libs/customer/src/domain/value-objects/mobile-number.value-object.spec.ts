import { expectToFail } from '@app/testing';
import { MobileNumber, mobileKey } from './mobile-number.value-object.js';

const partsOf = (mobile: MobileNumber) => {
  const { type: _type, ...parts } = mobile.toPhone();
  return parts;
};

describe('MobileNumber value object', () => {
  describe('fromText (as people type it)', () => {
    it('splits an international number into dialing code and number', () => {
      expect(partsOf(MobileNumber.fromText('+234 987 654 3210', 'mobile'))).toEqual({
        countryDialingCode: '234',
        phoneNumber: '9876543210',
      });
      expect(partsOf(MobileNumber.fromText(' +44 (0)7700-900123 ', 'mobile'))).toEqual({
        countryDialingCode: '44',
        phoneNumber: '7700900123',
      });
    });

    it('keeps the digits of a number without + and gives it no dialing code', () => {
      expect(partsOf(MobileNumber.fromText('0803 123-4567', 'mobile'))).toEqual({
        phoneNumber: '08031234567',
      });
    });

    it.each([
      '+1 23',
      '+999 123456',
      '+234 987 654 3210 call me',
      '+234 987 654 3210 ext. 5',
      '12345',
      '1234567890123456',
      'call me',
      '0803/1234567',
      '',
    ])('refuses %j naming the field', (raw) => {
      expectToFail(() => MobileNumber.fromText(raw, 'mobile'), {
        code: 'VALIDATION_FAILED',
        fields: ['mobile'],
      });
    });
  });

  describe('fromE164', () => {
    it('accepts a possible E.164 number and splits it', () => {
      expect(partsOf(MobileNumber.fromE164('+447700900123', 'mobileNumber'))).toEqual({
        countryDialingCode: '44',
        phoneNumber: '7700900123',
      });
    });

    it.each(['447700900123', '+44 7700 900123', '+1 23', '+123', '+4477009001234567'])(
      'refuses %j naming the field',
      (raw) => {
        expectToFail(() => MobileNumber.fromE164(raw, 'mobileNumber'), {
          code: 'VALIDATION_FAILED',
          fields: ['mobileNumber'],
        });
      },
    );
  });

  describe('its one normalisation', () => {
    it('writes E.164 without leading zeros of the dialing code', () => {
      const stored = MobileNumber.fromPhone({
        countryDialingCode: '01',
        phoneNumber: '1234567890',
      });
      expect(stored.e164).toBe('+11234567890');
      expect(MobileNumber.fromText('+234 987 654 3210', 'm').e164).toBe('+2349876543210');
    });

    it('claims the E.164 form, so every way of writing one number is one contact', () => {
      const typed = MobileNumber.fromText('+44 (0)7700 900123', 'mobile');
      const e164 = MobileNumber.fromE164('+447700900123', 'mobileNumber');
      const stored = MobileNumber.fromPhone({
        countryDialingCode: '044',
        phoneNumber: '7700900123',
      });
      expect(new Set([typed.claimKey, e164.claimKey, stored.claimKey])).toEqual(
        new Set(['mobile:+447700900123']),
      );
    });

    it('claims a number without dialing code as +<number>', () => {
      expect(mobileKey({ phoneNumber: '9876543210' })).toBe('mobile:+9876543210');
      expect(mobileKey({ countryDialingCode: '001', phoneNumber: '7700900123' })).toBe(
        'mobile:+17700900123',
      );
    });
  });

  describe('lookupKeyOf (finding a stored mobile by how it is listed)', () => {
    it('normalises a possible E.164 number as its claim', () => {
      expect(MobileNumber.lookupKeyOf('+447700900123', 'value')).toBe(
        MobileNumber.fromE164('+447700900123', 'value').claimKey,
      );
    });

    it('takes any other +<digits> as listed, so every reserved number can be found', () => {
      expect(MobileNumber.lookupKeyOf('+15550123', 'value')).toBe('mobile:+15550123');
      expect(MobileNumber.lookupKeyOf('+0801234567', 'value')).toBe('mobile:+0801234567');
    });

    it('refuses anything but + and digits, naming the field', () => {
      for (const raw of ['0770 0900', '+44 7700 900123', '+', 'x']) {
        expectToFail(() => MobileNumber.lookupKeyOf(raw, 'value'), {
          code: 'VALIDATION_FAILED',
          fields: ['value'],
        });
      }
    });
  });
});
