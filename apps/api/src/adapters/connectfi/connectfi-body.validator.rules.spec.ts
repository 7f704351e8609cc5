import type { ValidationFailedError } from '@app/core';
import { anAddress, aPhone, expectToFail } from '@app/testing';
import type { AjvContextItem } from './ajv-errors.mapper.js';
import { validateCustomerUpdate } from './connectfi-body.validator.js';

/** Where a member lives: its parent's instance path, schema path and field path. */
interface Parent {
  readonly instance: string;
  readonly schema: string;
  readonly field: string;
  readonly body: (member: object) => object;
}

const withCustomer = (customer: object, rest: object = {}) => ({
  customerId: 'c1',
  customer,
  ...rest,
});
const withRep = (rep: object) =>
  withCustomer({}, { businessRepresentatives: [{ id: 'r', ...rep }] });

const ROOT: Parent = { instance: '', schema: '#', field: '', body: (m) => withCustomer({}, m) };
const CUSTOMER: Parent = {
  instance: '/customer',
  schema: '#/properties/customer',
  field: 'customer',
  body: (m) => withCustomer(m),
};
const REP: Parent = {
  instance: '/businessRepresentatives/0',
  schema: '#/properties/businessRepresentatives/items',
  field: 'businessRepresentatives[0]',
  body: withRep,
};
/** The first item of `parent.<list>`, a valid address or phone until a member overrides it. */
const firstOf = (parent: Parent, list: string, kind: 'address' | 'phone'): Parent => ({
  instance: `${parent.instance}/${list}/0`,
  schema: `#/definitions/${kind}`,
  field: `${parent.field}.${list}[0]`,
  body: (m) =>
    parent.body({ [list]: [{ ...(kind === 'address' ? anAddress() : aPhone()), ...m }] }),
});
const ADDRESS = firstOf(CUSTOMER, 'addresses', 'address');
const PHONE = firstOf(CUSTOMER, 'phones', 'phone');
const BUSINESS_ADDRESS = firstOf(CUSTOMER, 'businessAddresses', 'address');
const BUSINESS_PHONE = firstOf(CUSTOMER, 'businessPhones', 'phone');
const REP_ADDRESS = firstOf(REP, 'addresses', 'address');
const REP_PHONE = firstOf(REP, 'phones', 'phone');

/** [parent, member, keyword broken, value breaking it (none for `required`)] */
const CASES: [Parent, string, string, unknown?][] = [
  [ROOT, 'customerId', 'pattern', 'a-b'],
  [ROOT, 'customerId', 'maxLength', 'a'.repeat(37)],
  [ROOT, 'customerId', 'minLength', ''],
  [ROOT, 'customerId', 'type', 7],
  [ROOT, 'customerId', 'required'],
  [ROOT, 'customer', 'required'],
  [ROOT, 'customer', 'type', []],
  [ROOT, 'businessRepresentatives', 'minItems', []],
  [ROOT, 'businessRepresentatives', 'type', {}],
  [CUSTOMER, 'email', 'format', 'a@b'],
  [CUSTOMER, 'email', 'type', 5],
  [CUSTOMER, 'addresses', 'minItems', []],
  [CUSTOMER, 'phones', 'minItems', []],
  [CUSTOMER, 'businessAddresses', 'minItems', []],
  [CUSTOMER, 'businessPhones', 'minItems', []],
  [ADDRESS, 'type', 'enum', 'HOME'],
  [ADDRESS, 'type', 'required'],
  [ADDRESS, 'addressLine1', 'isNotOnlyWhitespace', ' \t '],
  [ADDRESS, 'addressLine1', 'minLength', ''],
  [ADDRESS, 'addressLine1', 'maxLength', 'a'.repeat(51)],
  [ADDRESS, 'addressLine1', 'pattern', '1 <b> St'],
  [ADDRESS, 'addressLine1', 'type', null],
  [ADDRESS, 'addressLine1', 'required'],
  [ADDRESS, 'addressLine2', 'maxLength', 'a'.repeat(51)],
  [ADDRESS, 'addressLine2', 'pattern', 'apt >8'],
  [ADDRESS, 'addressLine2', 'type', 8],
  [ADDRESS, 'city', 'isNotOnlyWhitespace', '   '],
  [ADDRESS, 'city', 'maxLength', 'a'.repeat(51)],
  [ADDRESS, 'city', 'required'],
  [ADDRESS, 'postalCode', 'minLength', '1234'],
  [ADDRESS, 'postalCode', 'maxLength', '12345678901'],
  [ADDRESS, 'postalCode', 'pattern', '123 45'],
  [ADDRESS, 'postalCode', 'required'],
  [ADDRESS, 'stateCode', 'enum', 'pa'],
  [ADDRESS, 'stateCode', 'required'],
  [ADDRESS, 'countryCodeA3', 'pattern', 'US'],
  [ADDRESS, 'countryCodeA3', 'required'],
  [PHONE, 'type', 'enum', 'FAX'],
  [PHONE, 'type', 'required'],
  [PHONE, 'phoneNumber', 'minLength', '12345'],
  [PHONE, 'phoneNumber', 'maxLength', '1234567890123'],
  [PHONE, 'phoneNumber', 'pattern', '123-4567'],
  [PHONE, 'phoneNumber', 'required'],
  [PHONE, 'countryDialingCode', 'minLength', ''],
  [PHONE, 'countryDialingCode', 'maxLength', '12345'],
  [PHONE, 'countryDialingCode', 'pattern', '+1'],
  [BUSINESS_ADDRESS, 'type', 'enum', 'OFFICE'],
  [BUSINESS_PHONE, 'phoneNumber', 'minLength', '1'],
  [REP, 'id', 'pattern', 'r 1'],
  [REP, 'id', 'required'],
  [REP, 'email', 'format', 'nobody'],
  [REP, 'addresses', 'minItems', []],
  [REP, 'phones', 'minItems', []],
  [REP_ADDRESS, 'stateCode', 'enum', 'XX'],
  [REP_PHONE, 'phoneNumber', 'required'],
  [ROOT, 'reference', 'additionalProperties', 'x'],
  [CUSTOMER, 'firstName', 'additionalProperties', 'J'],
  [ADDRESS, 'zip', 'additionalProperties', '1'],
  [PHONE, 'ext', 'additionalProperties', '1'],
  [BUSINESS_ADDRESS, 'zip', 'additionalProperties', '1'],
  [BUSINESS_PHONE, 'ext', 'additionalProperties', '1'],
  [REP, 'firstName', 'additionalProperties', 'J'],
  [REP_ADDRESS, 'zip', 'additionalProperties', '1'],
  [REP_PHONE, 'ext', 'additionalProperties', '1'],
];

const ROWS = CASES.map(([parent, member, keyword, value]) => ({
  parent,
  member,
  keyword,
  value,
  field: parent.field === '' ? member : `${parent.field}.${member}`,
}));

describe('validateCustomerUpdate, rule by rule', () => {
  it.each(ROWS)('fails at $field on $keyword', ({ parent, member, keyword, value, field }) => {
    // A missing or extra member is reported at its parent, by the parent's own keyword.
    const atParent = keyword === 'required' || keyword === 'additionalProperties';
    // Through JSON, as on the wire: a member set to undefined is then absent.
    const input: unknown = JSON.parse(JSON.stringify(parent.body({ [member]: value })));
    const instancePath = atParent ? parent.instance : `${parent.instance}/${member}`;
    const schemaPath = `${parent.schema}${atParent ? '' : `/properties/${member}`}/${keyword}`;

    const { errors, details } = expectToFail<ValidationFailedError>(
      () => validateCustomerUpdate(input),
      { code: 'VALIDATION_FAILED' },
    );
    const context = details.context as AjvContextItem[];
    const at = context.findIndex((c) => c.schemaPath === schemaPath && c.keyword === keyword);
    expect(context[at]).toMatchObject({ instancePath, schemaPath, keyword });
    // One field error per context item, in the same order, so the two views never disagree.
    expect(errors).toHaveLength(context.length);
    expect(errors[at]?.field).toBe(field);
  });
});
