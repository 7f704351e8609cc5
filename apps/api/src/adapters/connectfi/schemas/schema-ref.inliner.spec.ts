import { inlineIdRefs } from './schema-ref.inliner.js';

const byId = new Map([
  ['leaf', { $id: 'leaf', type: 'string', minLength: 1 }],
  ['item', { $id: 'item', type: 'object', properties: { name: { $ref: 'leaf' } } }],
]);

describe('inlineIdRefs', () => {
  it('embeds referenced schemas without their $id, through refs inside them', () => {
    const schema = { $id: 'root', type: 'array', items: { $ref: 'item' } };
    expect(inlineIdRefs(schema, byId)).toEqual({
      $id: 'root',
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string', minLength: 1 } } },
    });
  });

  it('leaves local refs for ajv and does not change its input', () => {
    const schema = {
      properties: { a: { $ref: '#/definitions/a' } },
      definitions: { a: { $ref: 'leaf' } },
    };
    const copy = structuredClone(schema);
    expect(inlineIdRefs(schema, byId)).toEqual({
      properties: { a: { $ref: '#/definitions/a' } },
      definitions: { a: { type: 'string', minLength: 1 } },
    });
    expect(schema).toEqual(copy);
  });

  it('refuses a ref no schema has', () => {
    expect(() => inlineIdRefs({ items: { $ref: 'nowhere' } }, byId)).toThrow(
      'No schema has the $id "nowhere"',
    );
  });

  it('refuses keywords beside a ref, which draft-07 would ignore', () => {
    expect(() => inlineIdRefs({ items: { $ref: 'leaf', maxLength: 3 } }, byId)).toThrow(
      '$ref "leaf" has sibling keywords',
    );
  });
});
