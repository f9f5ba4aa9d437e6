import { describe, expect, it } from 'vitest';
import { appendPointer, fieldTestId, parsePointer, setValueAt, valueAt } from './json-pointer';

describe('JSON pointers of the form', () => {
  it('escapes and parses segments', () => {
    const pointer = appendPointer(appendPointer('', 'a/b'), 'c~d');
    expect(pointer).toBe('/a~1b/c~0d');
    expect(parsePointer(pointer)).toEqual(['a/b', 'c~d']);
  });

  it('names test ids after the pointer', () => {
    expect(fieldTestId('/text')).toBe('field-text');
    expect(fieldTestId('/buttons/0/label')).toBe('field-buttons-0-label');
    expect(fieldTestId('')).toBe('field-root');
  });

  it('reads nested values and misses cleanly', () => {
    const config = { buttons: [{ id: 'yes' }] };
    expect(valueAt(config, '/buttons/0/id')).toBe('yes');
    expect(valueAt(config, '/buttons/3/id')).toBeUndefined();
    expect(valueAt(config, '/nope')).toBeUndefined();
  });

  it('updates immutably and removes a property set to undefined', () => {
    const config = { text: 'hi', buttons: [{ id: 'a', label: 'A' }] };
    const changed = setValueAt(config, '/buttons/0/label', 'B') as typeof config;
    expect(changed.buttons[0]?.label).toBe('B');
    expect(config.buttons[0]?.label).toBe('A');
    expect(changed.text).toBe('hi');
    expect(setValueAt(config, '/text', undefined)).toEqual({ buttons: config.buttons });
    expect(setValueAt({}, '/validation/kind', 'text')).toEqual({ validation: { kind: 'text' } });
  });
});
