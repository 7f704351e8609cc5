import type { FastifyRequest } from 'fastify';
import { expectedVersionOf, UnmatchableIfMatchError } from './if-match.js';

const withIfMatch = (value?: string | string[]) =>
  ({ headers: value === undefined ? {} : { 'if-match': value } }) as unknown as FastifyRequest;

describe('expectedVersionOf (If-Match, API.md §0)', () => {
  it.each([
    ['"1"', 1],
    ['"42"', 42],
    [' "7" ', 7],
  ])('reads %s as version %p', (value, version) => {
    expect(expectedVersionOf(withIfMatch(value))).toBe(version);
  });

  it('expects nothing without the header or for *', () => {
    expect(expectedVersionOf(withIfMatch())).toBeUndefined();
    expect(expectedVersionOf(withIfMatch('*'))).toBeUndefined();
  });

  it.each(['3', 'W/"3"', '"0"', '"03"', '"3", "4"', '""', '"abc"', '"1234567890123456"'])(
    'answers %s, which can match no ETag of ours, as a failed precondition',
    (value) => {
      expect(() => expectedVersionOf(withIfMatch(value))).toThrow(UnmatchableIfMatchError);
      expect(() => expectedVersionOf(withIfMatch(value))).toThrow(
        expect.objectContaining({ code: 'VERSION_CONFLICT' }) as Error,
      );
    },
  );

  it('does not guess between repeated headers', () => {
    expect(() => expectedVersionOf(withIfMatch(['"1"', '"2"']))).toThrow(UnmatchableIfMatchError);
  });
});
