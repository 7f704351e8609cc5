import fc from 'fast-check';
import { brokenCopyOf } from './random-bodies.js';

/** A request as a hostile or careless client may send it: any body text, any content type. */
export interface HostileRequest {
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly url: string;
  readonly contentType?: string;
  readonly body?: string | Uint8Array;
  readonly idempotencyKey?: string;
}

/** Bytes that are not UTF-8 at all, inside what looks like JSON. */
const NOT_UTF8 = Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]);

/** Strings that break naive code: controls, unpaired surrogates, bidi marks, injections, size. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'Jan\u0000ice',
    '\uD800',
    'x\uDC00y',
    '\u200Fمريم\u200E',
    '\u202Eevil',
    '😀👩‍👩‍👧',
    "' OR '1'='1",
    '"; DROP TABLE events; --',
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    '%00%2e%2e',
    '${jndi:ldap://x/a}',
    '__proto__',
    'constructor',
    'NaN',
    '-1',
    '1e309',
    'x'.repeat(300),
    'y'.repeat(20_000),
  ),
);

/** Any JSON value, its strings hostile; arrays and objects small or huge. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 5000 }, (_, i) => i)) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, 0, -1, 1.5, 2 ** 53, [], {}) },
);

/** The body with one member, at any depth, replaced by a hostile value (or left as it is). */
function hostileCopyOf(body: object): fc.Arbitrary<unknown> {
  return fc.oneof(brokenCopyOf(body), fc.constant(body), replacedMember(body, hostileJson));
}

function replacedMember(body: object, value: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (node: unknown, path: string[]) => {
    if (path.length > 0) paths.push(path);
    if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(body, []);
  return fc.tuple(fc.constantFrom(...paths), value).map(([path, replacement]) => {
    const copy = structuredClone(body) as Record<string, unknown>;
    const parent = path
      .slice(0, -1)
      .reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
    parent[path[path.length - 1]!] = replacement;
    return copy;
  });
}

/** Body texts: a hostile copy of a real body, or text that is not the JSON it claims to be. */
export function hostileBodyText(body: object): fc.Arbitrary<string | Uint8Array> {
  const json = JSON.stringify(body);
  return fc.oneof(
    { weight: 8, arbitrary: hostileCopyOf(body).map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{',
        '{"a":}',
        'null',
        '[]',
        '"text"',
        `${json.slice(0, -1)},"customerId":"dup_1","customerId":"dup_2"}`,
        `{"__proto__":{"isAdmin":true},${json.slice(1)}`,
        `{"constructor":{"prototype":{"isAdmin":true}},${json.slice(1)}`,
        '['.repeat(40) + ']'.repeat(40),
        `{"customerId":"${'z'.repeat(70_000)}"}`,
        json.replace('{', '{\u0000'),
      ),
    },
    { weight: 1, arbitrary: fc.constant(NOT_UTF8) },
  );
}

/** Content types a client may send by mistake, or to probe the parser. */
export const contentTypes: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      undefined,
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'application/json; charset=utf-16le',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/jsonx',
    ),
  },
);

/** Ids and query values as they go in a URL: real ones, and hostile ones percent-encoded. */
export function urlValue(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: hostileString.map(percentEncoded) },
  );
}

/** encodeURIComponent, with unpaired surrogates sent as the raw bytes a hostile client sends. */
export function percentEncoded(value: string): string {
  return Array.from(value)
    .map((char) => {
      try {
        return encodeURIComponent(char);
      } catch {
        return '%ED%A0%80';
      }
    })
    .join('');
}

const headerCharacter = fc
  .oneof(
    fc.integer({ min: 0x20, max: 0x7e }),
    fc.constant(0x09),
    fc.integer({ min: 0x80, max: 0xff }),
  )
  .map((code) => String.fromCharCode(code));

/** A hostile request to a body route: its body and content type generated, sometimes a key too. */
export function hostileWrite(
  method: 'POST' | 'PATCH',
  url: fc.Arbitrary<string>,
  body: object,
): fc.Arbitrary<HostileRequest> {
  return fc.record({
    method: fc.constant(method),
    url,
    contentType: contentTypes,
    body: hostileBodyText(body),
    // What HTTP lets a header carry: visible ASCII, space and tab, and Latin-1 bytes.
    idempotencyKey: fc.option(fc.string({ unit: headerCharacter, maxLength: 300 }), {
      nil: undefined,
      freq: 10,
    }),
  });
}
