import { unreadableTextIn } from './unreadable-text.js';

describe('text no field may hold', () => {
  it('names every string with a control character or an unpaired surrogate, by its path', () => {
    const body = {
      customerId: 'ok_1',
      customer: {
        firstName: 'Ja\u0000nice',
        lastName: 'Sample\uD800',
        addresses: [{ city: 'fine' }, { city: 'line\nbreak' }],
      },
      data: ['\uDC00 alone'],
    };
    expect(unreadableTextIn(body).map((e) => e.field)).toEqual([
      'customer.firstName',
      'customer.lastName',
      'customer.addresses[1].city',
      'data[0]',
    ]);
  });

  it('takes right-to-left marks, emoji and other scripts as the text they are', () => {
    expect(
      unreadableTextIn({ firstName: '\u200Fمريم', lastName: 'O’Brien 😀', city: 'Zürich 東京' }),
    ).toEqual([]);
  });

  it('names the object holding a key with a control character, and a bad top-level string', () => {
    expect(unreadableTextIn({ customer: { 'bad\u0007key': 1 } })).toEqual([
      { field: 'customer', message: expect.stringContaining('keys') as string },
    ]);
    expect(unreadableTextIn('\u0000').map((e) => e.field)).toEqual(['body']);
  });
});
