import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationTestFileError } from '../conversation-tests/conversation-test-file.js';
import { loadConversationTestFile } from '../conversation-tests/load-conversation-test-file.js';
import { runConversationTests } from '../conversation-tests/run-conversation-tests.js';
import { loadNodeTypes, type NodeTypes } from './load-node-types.js';

const here = resolve(fileURLToPath(import.meta.url), '..');
const examplePlugin = resolve(here, '../../../templates/plugins/order-status');

describe('conversation tests of a flow with a plugin node, its HTTP calls stubbed (http:)', () => {
  let types: NodeTypes;
  let dir: string;
  beforeAll(async () => {
    types = await loadNodeTypes([examplePlugin]);
    dir = await mkdtemp(join(tmpdir(), 'kefu-http-stubs-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const run = async (file: string) => runConversationTests(await loadConversationTestFile(file), { catalog: types.catalog, executors: types.executors });

  it('answers each call from the first stub that matches: exact, by method, or by prefix', async () => {
    const result = await run(join(here, 'fixtures/order-status.test.yaml'));
    expect(result.problems).toEqual([]);
    expect(result.cases.map((c) => [c.name, c.passed, c.failure?.message])).toEqual([
      ['a known order', true, undefined],
      ['an unknown order', true, undefined],
      ['the order system fails', true, undefined],
    ]);
  });

  it('names the call no stub matched when a case fails', async () => {
    const file = join(dir, 'unmatched.test.yaml');
    await copyFile(join(here, 'fixtures/order-status.flow.json'), join(dir, 'order-status.flow.json'));
    await writeFile(
      file,
      ['name: unmatched', 'flows: [order-status.flow.json]', 'http:', '  - url: https://erp.example.com/api/orders/A100', '    method: POST', '    json: { status: shipped }', 'cases:', '  - name: known order', '    steps:', '      - user: A100', '      - bot: Your order is shipped.'].join('\n'),
    );
    const result = await run(file);
    expect(result.cases[0]?.passed).toBe(false);
    expect(result.cases[0]?.failure?.message).toContain('(no http stub matched: GET https://erp.example.com/api/orders/A100)');
  });

  it('reports a malformed stub at its place in the file', async () => {
    const file = join(dir, 'bad.test.yaml');
    await writeFile(file, ['name: bad', 'flows: [order-status.flow.json]', 'http:', '  - url: erp/orders', '    status: 700', '    json: {}', '    text: both', 'cases:', '  - name: c', '    steps:', '      - user: x'].join('\n'));
    const error = await loadConversationTestFile(file).then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ConversationTestFileError);
    const paths = (error as ConversationTestFileError).problems.map((problem) => `${problem.path}:${problem.line ?? ''}`);
    expect(paths).toEqual(expect.arrayContaining(['/http/0/url:4', '/http/0/status:5', '/http/0:4']));
  });
});
