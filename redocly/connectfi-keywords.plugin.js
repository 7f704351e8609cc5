// Teaches Redocly's `struct` rule connectFi's own schema keyword. The vendor schemas are published
// in the OpenAPI document as their files hold them (http/openapi/vendor-schema.components.ts);
// an OpenAPI 3.1 schema may carry keywords of its own, which the linter would otherwise refuse.
export default function connectFiKeywords() {
  return {
    id: 'connectfi-keywords',
    typeExtension: {
      oas3(types) {
        const schema = types.Schema;
        // `isNotOnlyWhitespace: true`: the string holds more than whitespace (ajv checks it).
        const properties = { ...schema.properties, isNotOnlyWhitespace: { type: 'boolean' } };
        return { ...types, Schema: { ...schema, properties } };
      },
    },
  };
}
