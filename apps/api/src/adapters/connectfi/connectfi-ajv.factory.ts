import { Ajv, type KeywordDefinition } from 'ajv';
import formats from 'ajv-formats';

const NON_WHITESPACE = /\S/;

/** connectFi's own keyword: a string that holds more than whitespace (`"  "` is refused). */
const isNotOnlyWhitespace: KeywordDefinition = {
  keyword: 'isNotOnlyWhitespace',
  type: 'string',
  schemaType: 'boolean',
  errors: false,
  error: { message: 'must not be only whitespace' },
  validate: (enabled: boolean, data: string) => !enabled || NON_WHITESPACE.test(data),
};

/**
 * The ajv that reads the vendor schemas as connectFi does: every failure listed (`allErrors`),
 * `nullable: true` as OpenAPI means it (ajv's built-in keyword: the value may also be `null`),
 * `format: "email"` from ajv-formats, and strict mode so that a typo in a schema fails at
 * start-up instead of being ignored.
 */
export function createConnectFiAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  // ajv-formats is CommonJS; under NodeNext its default import is `module.exports`.
  formats.default(ajv, ['email']);
  ajv.addKeyword(isNotOnlyWhitespace);
  return ajv;
}
