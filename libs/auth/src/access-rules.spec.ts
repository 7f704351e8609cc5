import { extractToken, missingScopes } from './access-rules.js';

describe('extractToken', () => {
  it('reads a Bearer token, whatever the case of the scheme', () => {
    expect(extractToken({ authorization: 'Bearer abc.def.ghi' }, false)).toBe('abc.def.ghi');
    expect(extractToken({ authorization: 'bearer abc.def.ghi' }, false)).toBe('abc.def.ghi');
  });

  it.each([undefined, '', 'Bearer', 'Bearer ', 'Basic dXNlcjpwdw==', 'Bearer a b', 'Token abc'])(
    'finds no token in Authorization %j',
    (authorization) => {
      expect(extractToken({ authorization }, false)).toBeUndefined();
    },
  );

  it('ignores x-connectfi-token unless the route accepts it', () => {
    expect(extractToken({ 'x-connectfi-token': 'cf.jwt.token' }, false)).toBeUndefined();
    expect(extractToken({ 'x-connectfi-token': 'cf.jwt.token' }, true)).toBe('cf.jwt.token');
  });

  it('prefers the Bearer token when both are sent', () => {
    const headers = { authorization: 'Bearer bearer.jwt', 'x-connectfi-token': 'cf.jwt' };
    expect(extractToken(headers, true)).toBe('bearer.jwt');
  });

  it('ignores a repeated header', () => {
    expect(extractToken({ 'x-connectfi-token': ['a', 'b'] }, true)).toBeUndefined();
    expect(extractToken({ 'x-connectfi-token': '  ' }, true)).toBeUndefined();
  });
});

describe('missingScopes', () => {
  it('lists the required scopes the principal lacks, each once', () => {
    expect(
      missingScopes(['customers:read', 'audit:read', 'audit:read'], ['customers:read']),
    ).toEqual(['audit:read']);
    expect(missingScopes([], [])).toEqual([]);
    expect(missingScopes(['audit:pii'], ['audit:pii', 'audit:read'])).toEqual([]);
  });
});
