import { describe, expect, it } from 'vitest';
import { LOCALES } from '../catalog.js';
import { flowSchema } from '../schemas.js';
import { ajvErrorsToProblems } from './ajv-errors-to-problems.js';
import { createAjv } from './create-ajv.js';
import { formatProblem } from './format-problem.js';
import { PROBLEM_MESSAGES } from './messages/problem-messages.js';
import { problemsOf } from './test-support/broken-flow.js';

describe('formatProblem', () => {
  it('renders a problem in Chinese from its code and params', () => {
    const [problem] = problemsOf((flow) => (flow.nodes[1].config.retries = -1));
    expect(problem).toBeDefined();
    if (problem === undefined) return;
    expect(formatProblem(problem, 'en')).toBe('must be a whole number ≥ 0');
    expect(formatProblem(problem, 'zh-CN')).toBe('必须是整数且 ≥ 0');
  });

  it('renders semantic problems in Chinese', () => {
    const [problem] = problemsOf((flow) => (flow.nodes[3].config.text = '{{vars.nom}}'));
    expect(problem && formatProblem(problem, 'zh-CN')).toBe('使用了未在流程变量中声明的变量 "nom"');
  });

  it("explains a pattern with the editor hint's description, in each language, when the schema has no description of its own", () => {
    const validate = createAjv().compile({
      type: 'object',
      properties: { code: { type: 'string', pattern: '^[A-Z]{2}$', 'x-ui': { description: { en: 'Two capital letters.', 'zh-CN': '两个大写字母。' } } } },
    });
    validate({ code: 'abc' });
    const [problem] = ajvErrorsToProblems(validate.errors);
    expect(problem && formatProblem(problem, 'en')).toBe('does not have the expected format: Two capital letters.');
    expect(problem && formatProblem(problem, 'zh-CN')).toBe('格式不正确：两个大写字母。');
  });

  it('falls back to the message for a code it does not know', () => {
    expect(formatProblem({ code: 'KEFU_FROM_THE_FUTURE', message: 'something new' }, 'zh-CN')).toBe('something new');
  });

  it('has a non-empty message in every language for every code', () => {
    for (const [code, byLocale] of Object.entries(PROBLEM_MESSAGES)) {
      for (const locale of LOCALES) {
        const render = byLocale[locale];
        expect(render, `${code} ${locale}`).toBeTypeOf('function');
        expect(render?.({}).length, `${code} ${locale}`).toBeGreaterThan(3);
      }
    }
  });

  it("keeps catalog.ts's locales and the schema's locale enum in step", () => {
    const defs = flowSchema.$defs as { locale: { enum: string[] } };
    expect([...LOCALES]).toEqual(defs.locale.enum);
  });
});
