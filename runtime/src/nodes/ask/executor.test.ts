import { describe, expect, it } from 'vitest';
import { describeFixtures } from '../test-support/describe-fixtures.js';
import { hasNestedQuantifier } from './nested-quantifier.js';
import { REGEX_INPUT_LIMIT, validateAnswer } from './validate-answer.js';

await describeFixtures(import.meta.url);

describe('validateAnswer', () => {
  it('accepts Chinese mobile numbers and E.164, rejects the rest', () => {
    expect(validateAnswer({ text: '139-1234-5678' }, { kind: 'phone' })).toEqual({ ok: true, value: '13912345678' });
    expect(validateAnswer({ text: '+44 20 7946 0958' }, { kind: 'phone' })).toEqual({ ok: true, value: '+442079460958' });
    expect(validateAnswer({ text: '12912345678' }, { kind: 'phone' })).toEqual({ ok: false });
    expect(validateAnswer({ text: '1391234567' }, { kind: 'phone' })).toEqual({ ok: false });
  });

  it('checks numbers, bounds and lengths', () => {
    expect(validateAnswer({ text: '1,200.5' }, { kind: 'number' })).toEqual({ ok: true, value: 1200.5 });
    expect(validateAnswer({ text: '1e3' }, { kind: 'number' })).toEqual({ ok: false });
    expect(validateAnswer({ text: '0' }, { kind: 'number', min: 1 })).toEqual({ ok: false });
    expect(validateAnswer({ text: 'hi' }, { kind: 'text', minLength: 3 })).toEqual({ ok: false });
    expect(validateAnswer({ text: '   ' }, { kind: 'text' })).toEqual({ ok: false });
  });

  it('matches a choice by id, label or synonym, ignoring case; a click by id', () => {
    const validation = { kind: 'choice' as const, choices: [{ id: 'yes', label: 'Yes please', synonyms: ['Y', '是'] }] };
    for (const text of ['YES', 'yes please', 'y', '是']) expect(validateAnswer({ text }, validation)).toEqual({ ok: true, value: 'yes' });
    expect(validateAnswer({ text: 'whatever', choiceId: 'yes' }, validation)).toEqual({ ok: true, value: 'yes' });
    expect(validateAnswer({ text: 'no' }, validation)).toEqual({ ok: false });
  });

  it('caps the input length before running a regex (ReDoS guard)', () => {
    const cubic = { kind: 'regex' as const, pattern: '^a*a*a*b$' };
    expect(validateAnswer({ text: 'a'.repeat(REGEX_INPUT_LIMIT + 1) }, cubic)).toEqual({ ok: false });
    expect(validateAnswer({ text: 'aaab' }, cubic)).toEqual({ ok: true, value: 'aaab' });
    expect(validateAnswer({ text: 'AB1234' }, { kind: 'regex', pattern: '^[A-Z]+\\d+$', maxLength: 5 })).toEqual({ ok: false });
  });

  it('refuses patterns with nested quantifiers, which explode even on short input', () => {
    expect(() => validateAnswer({ text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' }, { kind: 'regex', pattern: '^(a+)+$' })).toThrow(/repeats a repetition/);
    for (const pattern of ['(\\w*\\s?)*', '((ab)+c?)+', '(a{2,})*']) expect(hasNestedQuantifier(pattern)).toBe(true);
    for (const pattern of ['^[A-Z]{2}\\d{6}$', '(ab)+', '^(\\d{3})-(\\d{4})$', '[(a+)+]', '(?:foo|bar)+', 'a+?b']) {
      expect(hasNestedQuantifier(pattern)).toBe(false);
    }
  });
});
