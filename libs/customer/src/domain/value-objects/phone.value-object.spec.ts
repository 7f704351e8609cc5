import { expectToFail } from '@app/testing';
import { parsePhone, parsePhoneNumber } from './phone.value-object.js';

describe('phone value object', () => {
  it('accepts 1 to 15 digits and keeps a leading zero of the dialing code', () => {
    expect(parsePhoneNumber({ phoneNumber: '1', countryDialingCode: '01' }, 'p')).toEqual({
      phoneNumber: '1',
      countryDialingCode: '01',
    });
    expect(parsePhoneNumber({ phoneNumber: '123456789012345' }, 'p').phoneNumber).toHaveLength(15);
  });

  it('leaves out a missing or null dialing code instead of storing undefined', () => {
    const parsed = parsePhoneNumber({ phoneNumber: '123', countryDialingCode: null as never }, '');
    expect(Object.keys(parsed)).toEqual(['phoneNumber']);
  });

  it.each(['', '1234567890123456', '12a4', '+123'])('rejects phone number %j', (phoneNumber) => {
    expectToFail(() => parsePhoneNumber({ phoneNumber }, 'phones[0]'), {
      code: 'VALIDATION_FAILED',
      fields: ['phones[0].phoneNumber'],
    });
  });

  it.each(['', '12345', '+1'])('rejects dialing code %j', (countryDialingCode) => {
    expectToFail(() => parsePhoneNumber({ phoneNumber: '123', countryDialingCode }, ''), {
      code: 'VALIDATION_FAILED',
      fields: ['countryDialingCode'],
    });
  });

  it('reports type, number and dialing code together', () => {
    const phone = { type: 'FAX' as never, phoneNumber: 'x', countryDialingCode: 'y' };
    expectToFail(() => parsePhone(phone, 'phones[1]'), {
      code: 'VALIDATION_FAILED',
      fields: ['phones[1].type', 'phones[1].phoneNumber', 'phones[1].countryDialingCode'],
    });
  });
});
