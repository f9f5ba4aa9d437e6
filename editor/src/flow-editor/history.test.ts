import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './history';

describe('history', () => {
  it('undoes and redoes, and a new change drops the redo steps', () => {
    let history = record(record(startHistory('a'), 'b'), 'c');
    history = undo(history);
    expect(history.present).toBe('b');
    history = undo(history);
    expect(history.present).toBe('a');
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe('b');
    history = record(history, 'x');
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
  });

  it('merges a series of changes with one key into one step, until another change comes', () => {
    let history = startHistory('');
    for (const text of ['H', 'Hi', 'Hi!']) history = record(history, text, 'config:ask');
    history = record(history, 'Hi! moved', 'move');
    expect(history.past).toEqual(['', 'Hi!']);
    expect(undo(undo(history)).present).toBe('');
  });

  it('ignores a change that returns the same document', () => {
    const history = startHistory('a');
    expect(record(history, 'a')).toBe(history);
  });
});
