import { describe, expect, it } from 'vitest';
import { isKefuError } from '../errors.js';
import { builtinCatalog } from '../nodes/builtin-catalog.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { memoryAppContext } from '../trpc/test-support/memory-app-context.js';
import { runDraftTests } from './run-draft-tests.js';

const TESTS = `
name: Echo draft
cases:
  - name: echoes then stops
    steps:
      - bot: Draft hello
      - choose: Echo
      - bot: You picked echo
      - user: stop
      - expect: { status: ended }
  - name: expects the wrong greeting
    steps:
      - bot: Hello there
`;

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(() => null, (error: unknown) => error);
}

describe('runDraftTests', () => {
  it('runs each case against the draft and reports pass/fail with the failure transcript', async () => {
    const result = await runDraftTests(memoryAppContext(builtinCatalog), echoFlow('Draft hello'), TESTS);
    expect(result).toMatchObject({ name: 'Echo draft', passed: 1, failed: 1 });
    expect(result.cases[0]).toMatchObject({ name: 'echoes then stops', passed: true });
    expect(result.cases[1]?.passed).toBe(false);
    expect(result.cases[1]?.failure?.message).toContain('Hello there');
    expect(result.cases[1]?.failure?.transcript.join('\n')).toContain('Draft hello');
  });

  it('reports a bad test file with the line and pointer of each problem', async () => {
    const error = await errorOf(runDraftTests(memoryAppContext(builtinCatalog), echoFlow(), 'name: x\ncases:\n  - name: y\n    stepz: []\n'));
    expect(isKefuError(error) && error.code).toBe('KEFU_ERR_BAD_REQUEST');
    const details = isKefuError(error) ? (error.details as { path: string; line: number | null }[]) : [];
    expect(details.some((p) => p.path.startsWith('/cases/0') && p.line === 3)).toBe(true);
  });

  it('refuses tests that name flow or settings files, so no server file is ever read', async () => {
    const error = await errorOf(
      runDraftTests(memoryAppContext(builtinCatalog), echoFlow(), 'name: x\nflows: [/etc/passwd]\ncases: [{ name: y, steps: [{ user: hi }] }]\n'),
    );
    expect(isKefuError(error) && error.path).toBe('/testsYaml/flows');
    const kb = await errorOf(runDraftTests(memoryAppContext(builtinCatalog), echoFlow(), 'name: x\nkb: /etc/hosts\ncases: [{ name: y, steps: [{ user: hi }] }]\n'));
    expect(isKefuError(kb) && kb.path).toBe('/testsYaml/kb');
  });
});

describe('runDraftTests in another language', () => {
  it('speaks the draft’s language when the published default is another one', async () => {
    const app = memoryAppContext(builtinCatalog);
    await app.publishing.publish({ flows: [echoFlow('Hello')], settings: echoSettings(), message: 'v1', author: 'a' });
    const draft = { ...echoFlow('你好 {{conversation.locale}}', 'echo-zh'), locale: 'zh-CN' as const };
    const result = await runDraftTests(app, draft, 'name: zh\ncases:\n  - name: greets\n    steps:\n      - bot: 你好 zh-CN\n      - expect: { flow: echo-zh }\n');
    expect(result).toMatchObject({ passed: 1, failed: 0 });
  });
});
