import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const TEXT = '^((?![<>]).)*$';
const DIGITS = '^\\d+$';

/** The state codes of the seed's `customer-stateCode` enum, in its order. */
const STATE_CODES =
  'AL AK AS AZ AR CA CO CT DE DC FM FL GA GU HI ID IL IN IA KS KY LA ME MH MD MA MI MN MS MO MT ' +
  'NE NV NH NJ NM NY NC ND MP OH OK OR PW PA PR RI SC SD TN TX UT VT VI VA WA WV WI WY';

/**
 * The nine schemas connectfi-customer-update.txt names by `$id`, transcribed from its property
 * tables: each file must hold exactly this, so that an edit to a pattern, a length, an enum,
 * `nullable` or `isNotOnlyWhitespace` fails here rather than passing unnoticed.
 */
const SEED_SCHEMAS: Readonly<Record<string, object>> = {
  'common-id.schema.json': {
    $id: 'common-id',
    type: 'string',
    pattern: '^[0-9a-zA-Z_]+$',
    minLength: 1,
    maxLength: 36,
  },
  'customer-email.schema.json': { $id: 'customer-email', type: 'string', format: 'email' },
  'customer-phone-number.schema.json': {
    $id: 'customer-phoneNumber',
    type: 'string',
    pattern: DIGITS,
    minLength: 6,
    maxLength: 12,
  },
  'customer-country-dialing-code.schema.json': {
    $id: 'customer-countryDialingCode',
    type: 'string',
    pattern: DIGITS,
    minLength: 1,
    maxLength: 4,
  },
  'common-common-str50-req.schema.json': {
    $id: 'common-commonStr50Req',
    type: 'string',
    pattern: TEXT,
    minLength: 1,
    maxLength: 50,
    isNotOnlyWhitespace: true,
  },
  'common-common-str50.schema.json': {
    $id: 'common-commonStr50',
    type: 'string',
    pattern: TEXT,
    minLength: 0,
    maxLength: 50,
    nullable: true,
  },
  'customer-postal-code.schema.json': {
    $id: 'customer-postalCode',
    type: 'string',
    pattern: '^[0-9a-zA-Z-]+$',
    minLength: 5,
    maxLength: 10,
  },
  'customer-state-code.schema.json': {
    $id: 'customer-stateCode',
    type: 'string',
    enum: STATE_CODES.split(' '),
  },
  'customer-country-code-a3.schema.json': {
    $id: 'customer-countryCodeA3',
    type: 'string',
    pattern: '^[A-Z]{3}$',
  },
};

/** Ours, not the seed's: the shared address and phone items and the two bodies. */
const OWN_SCHEMAS = [
  'customer-address.schema.json',
  'customer-phone.schema.json',
  'customer-update.schema.json',
  'condor-customer-update.schema.json',
];

describe('the vendor schema files', () => {
  it.each(Object.entries(SEED_SCHEMAS))('%s is the seed’s schema, exactly', async (file, seed) => {
    const schema: unknown = JSON.parse(await readFile(`${DIR}${file}`, 'utf8'));
    expect(schema).toStrictEqual(seed);
  });

  it('are the seed’s nine and our four, no other', async () => {
    const files = (await readdir(DIR)).filter((name) => name.endsWith('.schema.json'));
    expect(files.sort()).toEqual([...Object.keys(SEED_SCHEMAS), ...OWN_SCHEMAS].sort());
  });
});
