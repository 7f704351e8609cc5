import type { FastifyRequest } from 'fastify';
import { type ExpectedFailure, expectToFail } from '@app/testing';
import { expectedVersionOf, UnmatchableIfMatchError } from './if-match.js';

const withIfMatch = (value?: string | string[]) =>
  ({ headers: value === undefined ? {} : { 'if-match': value } }) as unknown as FastifyRequest;

/** A failed precondition, told apart by its class from the other VERSION_CONFLICT failures. */
const UNMATCHABLE: ExpectedFailure = {
  code: 'VERSION_CONFLICT',
  matching: { name: UnmatchableIfMatchError.name },
};

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
      expectToFail(() => expectedVersionOf(withIfMatch(value)), UNMATCHABLE);
    },
  );

  it('does not guess between repeated headers', () => {
    expectToFail(() => expectedVersionOf(withIfMatch(['"1"', '"2"'])), UNMATCHABLE);
  });
});
