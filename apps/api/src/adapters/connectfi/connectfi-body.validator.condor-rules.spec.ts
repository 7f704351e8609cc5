import { anAddress, expectToFail } from '@app/testing';
import { validateCondorCustomerUpdate } from './connectfi-body.validator.js';

const ADDRESS = anAddress({ addressLine2: undefined });
const PHONE = { type: 'MOBILE', phoneNumber: '1234567890' };

describe('validateCondorCustomerUpdate, rule by rule', () => {
  it.each([
    ['customerId', { customerId: undefined }, '', '#/required', 'customerId'],
    [
      'customerId pattern',
      { customerId: 'a-b' },
      '/customerId',
      '#/properties/customerId/pattern',
      'customerId',
    ],
    [
      'firstName',
      { firstName: '  ' },
      '/firstName',
      '#/properties/firstName/isNotOnlyWhitespace',
      'firstName',
    ],
    [
      'lastName',
      { lastName: 'a'.repeat(51) },
      '/lastName',
      '#/properties/lastName/maxLength',
      'lastName',
    ],
    ['gender', { gender: 'X' }, '/gender', '#/properties/gender/enum', 'gender'],
    [
      'dateOfBirth',
      { dateOfBirth: '25-10-1978' },
      '/dateOfBirth',
      '#/properties/dateOfBirth/pattern',
      'dateOfBirth',
    ],
    ['email', { email: 'bb.be' }, '/email', '#/properties/email/format', 'email'],
    ['addresses', { addresses: [] }, '/addresses', '#/properties/addresses/minItems', 'addresses'],
    ['phones', { phones: [] }, '/phones', '#/properties/phones/minItems', 'phones'],
    [
      'phone type',
      { phones: [{ type: 'PRIMARY', phoneNumber: '1234567890' }] },
      '/phones/0/type',
      '#/definitions/phone/properties/type/enum',
      'phones[0].type',
    ],
    [
      'phone number',
      { phones: [{ type: 'MOBILE' }] },
      '/phones/0',
      '#/definitions/phone/required',
      'phones[0].phoneNumber',
    ],
    [
      'phone member',
      { phones: [{ ...PHONE, ext: '1' }] },
      '/phones/0',
      '#/definitions/phone/additionalProperties',
      'phones[0].ext',
    ],
    [
      'address stateCode',
      { addresses: [{ ...ADDRESS, stateCode: 'XX' }] },
      '/addresses/0/stateCode',
      '#/definitions/address/properties/stateCode/enum',
      'addresses[0].stateCode',
    ],
    [
      'address member',
      { addresses: [{ ...ADDRESS, zip: '1' }] },
      '/addresses/0',
      '#/definitions/address/additionalProperties',
      'addresses[0].zip',
    ],
    [
      'identification documents',
      { identificationDocuments: [] },
      '',
      '#/additionalProperties',
      'identificationDocuments',
    ],
  ])('refuses a broken %s', (_name, fields, instancePath, schemaPath, field) => {
    // Through JSON, as on the wire: a member set to undefined is then absent.
    const body: unknown = JSON.parse(JSON.stringify({ customerId: 'csta_1', ...fields }));
    const error = expectToFail(() => validateCondorCustomerUpdate(body), {
      code: 'VALIDATION_FAILED',
      fields: [field],
    });
    expect(error).toMatchObject({ details: { context: [{ instancePath, schemaPath }] } });
  });
});
