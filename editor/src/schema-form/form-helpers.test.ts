import { describe, expect, it } from 'vitest';
import { freshItemId } from './fresh-item-id';
import { insertAt } from './insert-at';
import { moveItem, removeItem } from './list-ops';

describe('freshItemId', () => {
  it('names a new item after its list and skips taken ids', () => {
    expect(freshItemId('/buttons', [])).toBe('button1');
    expect(freshItemId('/branches', [{ id: 'x' }])).toBe('branch2');
    expect(freshItemId('/validation/choices', [{ id: 'choice2' }])).toBe('choice3');
    expect(freshItemId('/buttons', [{ id: 'button2' }, { id: 'button3' }])).toBe('button4');
    expect(freshItemId('/entries', [])).toBe('entry1');
  });
});

describe('insertAt', () => {
  it('replaces the selection and puts the cursor after the insertion', () => {
    expect(insertAt('Hello !', '{{vars.name}}', 6, 6)).toEqual({ text: 'Hello {{vars.name}}!', cursor: 19 });
    expect(insertAt('Hello you', '{{vars.name}}', 6, 9)).toEqual({ text: 'Hello {{vars.name}}', cursor: 19 });
    expect(insertAt('abc', 'x', 99, 99)).toEqual({ text: 'abcx', cursor: 4 });
  });
});

describe('list edits', () => {
  it('moves and removes items without touching the original', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, -1)).toEqual(list);
    expect(removeItem(list, 1)).toEqual(['a', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
});
