import { describe, expect, it } from 'vitest';
import { categoryOptions } from './category-options';

describe('category options', () => {
  it('flattens the tree depth-first with depths and counts', () => {
    const tree = [
      {
        name: 'Cards',
        path: ['Cards'],
        count: 3,
        children: [{ name: 'Lost', path: ['Cards', 'Lost'], count: 2, children: [] }],
      },
      { name: '账户', path: ['账户'], count: 1, children: [] },
    ];
    expect(categoryOptions(tree).map((option) => [option.value, option.depth, option.count])).toEqual([
      ['Cards', 0, 3],
      ['Cards / Lost', 1, 2],
      ['账户', 0, 1],
    ]);
  });
});
