import { jsonDifferences } from './json-differences.js';

describe('jsonDifferences', () => {
  it('ignores key order and names each differing leaf by its path', () => {
    const live = { b: 1, a: { x: [1, 2], y: 'same' } };
    const rebuilt = { a: { y: 'same', x: [1, 3] }, b: 1 };
    expect(jsonDifferences(live, rebuilt)).toEqual(['a.x[1]']);
  });

  it('names members and items that only one side has', () => {
    expect(jsonDifferences({ a: 1, list: [1] }, { b: 1, list: [1, 2] }, 'state')).toEqual([
      'state.a',
      'state.b',
      'state.list[1]',
    ]);
    expect(jsonDifferences(null, {})).toEqual(['']);
  });
});
