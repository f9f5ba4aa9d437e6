import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinCatalog } from '../nodes/builtin-catalog.js';
import { builtinExecutors } from '../nodes/builtin-nodes.js';
import { ConversationTestFileError } from './conversation-test-file.js';
import { formatResults } from './format-results.js';
import { loadConversationTestFile } from './load-conversation-test-file.js';
import { runConversationTests } from './run-conversation-tests.js';

const askFlow = fileURLToPath(new URL('../nodes/ask/fixtures/ask.flow.json', import.meta.url));
const reportFlow = fileURLToPath(new URL('../nodes/report/fixtures/report.flow.json', import.meta.url));

function testFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kefu-ct-'));
  const path = join(dir, 'case.test.yaml');
  writeFileSync(path, yaml.replaceAll('ASK_FLOW', askFlow).replaceAll('REPORT_FLOW', reportFlow));
  return path;
}

async function run(yaml: string) {
  const file = await loadConversationTestFile(testFile(yaml));
  return runConversationTests(file, { catalog: builtinCatalog, executors: builtinExecutors });
}

describe('loadConversationTestFile', () => {
  it('reports a misspelt key and a bad step with JSON Pointer and line', async () => {
    const path = testFile(['name: broken', 'flows: [ASK_FLOW]', 'cases:', '  - name: one', '    stepz: []', '  - name: two', '    steps:', '      - user: hi', '      - say: hello', '      - timeout: later'].join('\n'));
    const error = await loadConversationTestFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConversationTestFileError);
    const problems = (error as ConversationTestFileError).problems.map((p) => ({ path: p.path, line: p.line }));
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: '/cases/0/steps', line: 4 },
        { path: '/cases/1/steps/1', line: 9 },
        { path: '/cases/1/steps/2/timeout', line: 10 },
      ]),
    );
  });

  it('reports a missing flow file and YAML syntax errors', async () => {
    await expect(loadConversationTestFile(testFile('name: x\nflows: [./nope.json]\ncases: [{ name: a, steps: [{ user: hi }] }]'))).rejects.toThrow(
      /nope\.json: \/: cannot read: file not found/,
    );
    await expect(loadConversationTestFile(testFile('name: [unclosed\n'))).rejects.toBeInstanceOf(ConversationTestFileError);
  });
});

describe('knowledge-base files', () => {
  it('reports every bad row of a KB file with its line number and field, as an import would, and loads nothing', async () => {
    const path = testFile('name: kb\nflows: [ASK_FLOW]\nkb: ./faq.jsonl\ncases: [{ name: a, steps: [{ user: hi }] }]');
    const kbLines = ['{"id":"a","question":"Q?","answer":"A."}', '', 'not json', '{"id":"b","question":"","answer":"A."}', '{"id":"a","question":"Q2?","answer":"A."}'];
    writeFileSync(join(path, '..', 'faq.jsonl'), kbLines.join('\n'));
    const error = (await loadConversationTestFile(path).catch((e: unknown) => e)) as ConversationTestFileError;
    expect(error).toBeInstanceOf(ConversationTestFileError);
    expect(error.problems.map((p) => ({ path: p.path, line: p.line }))).toEqual([
      { path: '', line: 3 },
      { path: '/question', line: 4 },
      { path: '/id', line: 5 },
    ]);
  });

  it('names the KB `default` for one file, and several by name', async () => {
    const path = testFile('name: kb\nflows: [ASK_FLOW]\nkb: { default: ./a.jsonl, billing: ./b.jsonl }\ncases: [{ name: a, steps: [{ user: hi }] }]');
    writeFileSync(join(path, '..', 'a.jsonl'), '{"question":"Q?","answer":"A."}\n');
    writeFileSync(join(path, '..', 'b.jsonl'), '{"question":"Bill?","answer":"B.","category":"Cards / Lost"}\n');
    const file = await loadConversationTestFile(path);
    expect(Object.keys(file.kbs ?? {})).toEqual(['default', 'billing']);
    // Rows are read exactly as `kefu kb import` reads them: the category path is split, defaults filled in.
    expect(file.kbs?.billing?.articles).toMatchObject([{ question: 'Bill?', answer: 'B.', category: ['Cards', 'Lost'], status: 'published', similar: [] }]);
  });
});

describe('runConversationTests', () => {
  it('checks reporting events in order, and their listed values', async () => {
    const yaml = ['name: reports', 'flows: [REPORT_FLOW]', 'cases:', '  - name: csat', '    steps:', '      - user: "2"', '      - expect: { reported: [EXPECTED] }'].join('\n');
    expect((await run(yaml.replace('EXPECTED', '{ name: csat, data: { score: 2 } }'))).cases[0]?.passed).toBe(true);
    expect((await run(yaml.replace('EXPECTED', '{ name: csat, data: { score: 5 } }'))).cases[0]?.failure?.message).toBe(
      'expected report value csat.score to be 5 (number) but it is 2 (number)',
    );
    expect((await run(yaml.replace('EXPECTED', '{ name: nps }'))).cases[0]?.failure?.message).toBe('expected reporting event 1 to be nps but it is csat');
    expect((await run(yaml.replace('[EXPECTED]', '[]'))).cases[0]?.failure?.message).toBe('expected 0 reporting event(s) but the conversation emitted 1: csat');
  });

  it('fails a case on the first mismatch, with the step line and the transcript', async () => {
    const result = await run(['name: mismatch', 'flows: [ASK_FLOW]', 'cases:', '  - name: wrong greeting', '    steps:', '      - bot: Which colour?'].join('\n'));
    expect(result).toMatchObject({ passed: 0, failed: 1, problems: [] });
    expect(result.cases[0]?.failure).toMatchObject({
      step: 1,
      line: 6,
      message: 'expected the bot to say "Which colour?" but it said "Which product?"',
      transcript: ['bot: Which product?'],
    });
    expect(formatResults([result])).toMatch(/✗ wrong greeting[\s\S]*:6: expected the bot to say[\s\S]*0 passed, 1 failed$/);
  });

  it('checks variables strictly and explains an unquoted number', async () => {
    const result = await run(
      ['name: vars', 'flows: [ASK_FLOW]', 'cases:', '  - name: phone as number', '    steps:', '      - user: phone', '      - user: "13800138000"', '      - expect: { vars: { phone: 13800138000 } }'].join('\n'),
    );
    expect(result.cases[0]?.failure?.message).toBe(
      'expected variable phone to be 13800138000 (number) but it is "13800138000" (text) — put the expected value in quotes to compare it as text',
    );
  });

  it('in an exhaustive case, fails on a bot message that no step checks', async () => {
    const yaml = ['name: exhaustive', 'flows: [ASK_FLOW]', 'cases:', '  - name: skipped', '    exhaustive: EX', '    steps:', '      - user: phone'].join('\n');
    expect((await run(yaml.replace('EX', 'true'))).cases[0]?.failure?.message).toBe('the bot said "Which product?" and no step checks it (exhaustive case)');
    expect((await run(yaml.replace('EX', 'false'))).cases[0]?.passed).toBe(true);
  });

  it('fails clicking a button that was not offered, and firing a timer that is not running', async () => {
    const result = await run(
      ['name: buttons', 'flows: [ASK_FLOW]', 'cases:', '  - name: bad click', '    steps:', '      - choose: Tablet', '  - name: bad timer', '    steps:', '      - timeout: node-timeout'].join('\n'),
    );
    expect(result.cases.map((c) => c.failure?.message)).toEqual([
      'no button "Tablet" was offered; buttons: Phone (phone), Laptop (laptop)',
      'no node-timeout timer is running at this point',
    ]);
  });

  it('reports invalid flows instead of running the cases', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-ct-'));
    writeFileSync(join(dir, 'bad.flow.json'), JSON.stringify({ schemaVersion: 1, id: 'bad', name: 'bad', locale: 'en', variables: [], startNodeId: 's', nodes: [{ id: 's', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: { colour: 'red' } }], edges: [] }));
    writeFileSync(join(dir, 'bad.test.yaml'), 'name: bad\nflows: [./bad.flow.json]\ncases: [{ name: a, steps: [{ user: hi }] }]\n');
    const result = await runConversationTests(await loadConversationTestFile(join(dir, 'bad.test.yaml')), { catalog: builtinCatalog, executors: builtinExecutors });
    expect(result.failed).toBe(1);
    expect(result.problems.join('\n')).toMatch(/bad\.flow\.json: \/nodes\/0\/config/);
  });

  it('needs a published bundle when the file lists no flows', async () => {
    const file = await loadConversationTestFile(testFile('name: published\ncases: [{ name: a, steps: [{ user: hi }] }]'));
    const result = await runConversationTests(file, { catalog: builtinCatalog, executors: builtinExecutors, bundle: null });
    expect(result.problems).toEqual([expect.stringMatching(/no flows listed and no published version/)]);
  });
});
