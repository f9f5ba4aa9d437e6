import { describe, expect, it } from 'vitest';
import { mergeProblems, problemsAt, relativeToConfig } from './form-problem';
import { catalogEntry } from './test-schemas';
import { validateConfig } from './validate-config';

describe('validateConfig', () => {
  it('accepts a valid config', () => {
    expect(validateConfig(catalogEntry('message'), { text: 'Hello {{vars.name}}' }, ['name'], 'en')).toEqual([]);
  });

  it('shows a missing required field at the field itself', () => {
    const problems = validateConfig(catalogEntry('message'), {}, [], 'en');
    expect(problems).toEqual([{ pointer: '/text', message: expect.stringContaining('text') }]);
  });

  it('points into list items and translates the message', () => {
    const problems = validateConfig(catalogEntry('message'), { text: 'Hi', buttons: [{ id: '1bad', label: '' }] }, [], 'zh-CN');
    expect(problems.map((problem) => problem.pointer).sort()).toEqual(['/buttons/0/id', '/buttons/0/label']);
    expect(problems.every((problem) => /[\u4e00-\u9fff]/.test(problem.message))).toBe(true);
  });

  it('reports expression syntax and undeclared variables', () => {
    const problems = validateConfig(catalogEntry('condition'), { branches: [{ id: 'vip', when: 'vars.tier == ' }] }, [], 'en');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.pointer).toBe('/branches/0/when');
    const undeclared = validateConfig(catalogEntry('set-variable'), { assignments: [{ variable: 'tier', value: "'vip'" }] }, [], 'en');
    expect(undeclared).toEqual([{ pointer: '/assignments/0/variable', message: expect.stringContaining('tier') }]);
  });

  it('shows the conditional requirement of ask choices at the choices field', () => {
    const problems = validateConfig(catalogEntry('ask'), { prompt: 'Pick', variable: 'x', validation: { kind: 'choice' } }, ['x'], 'en');
    expect(problems.map((problem) => problem.pointer)).toContain('/validation/choices');
  });
});

describe('problems at a field', () => {
  const problems = [
    { pointer: '/text', message: 'a' },
    { pointer: '/extra', message: 'unknown field' },
    { pointer: '/buttons/0/id', message: 'b' },
  ];

  it('keeps exact matches, and unrendered children at their parent', () => {
    expect(problemsAt(problems, '/text')).toEqual([problems[0]]);
    expect(problemsAt(problems, '', ['text', 'buttons'])).toEqual([problems[1]]);
  });

  it('merges duplicates and strips the document prefix', () => {
    expect(mergeProblems(problems, [problems[0]!])).toHaveLength(3);
    const required = { pointer: '', message: 'missing required field "text"' };
    expect(mergeProblems([required], [{ pointer: '/text', message: required.message }])).toEqual([{ pointer: '/text', message: required.message }]);
    expect(relativeToConfig([{ pointer: '/nodes/2/config/text', message: 'x' }], '/nodes/2/config')).toEqual([{ pointer: '/text', message: 'x' }]);
  });
});
