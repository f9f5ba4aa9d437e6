import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatResults } from '../../conversation-tests/format-results.js';
import { loadConversationTestFile } from '../../conversation-tests/load-conversation-test-file.js';
import { runConversationTests, type RunConversationTestsOptions } from '../../conversation-tests/run-conversation-tests.js';
import { builtinCatalog } from '../builtin-catalog.js';
import { builtinExecutors } from '../builtin-nodes.js';

/**
 * Golden conversations: runs every `fixtures/*.test.yaml` next to the calling test
 * file through the conversation-test runner, one vitest test per case. Call with
 * top-level await: `await describeFixtures(import.meta.url)`. `options` may replace the
 * knowledge bases' retrieval index (a predictable one for node tests).
 */
export async function describeFixtures(testFileUrl: string, options: Pick<RunConversationTestsOptions, 'createKbIndex'> = {}): Promise<void> {
  const dir = fileURLToPath(new URL('./fixtures/', testFileUrl));
  const names = readdirSync(dir).filter((f) => /\.test\.ya?ml$/.test(f)).sort();
  if (names.length === 0) throw new Error(`no golden conversations (*.test.yaml) in ${dir}`);
  for (const name of names) {
    const file = await loadConversationTestFile(join(dir, name));
    const result = await runConversationTests(file, { ...options, catalog: builtinCatalog, executors: builtinExecutors });
    describe(`${file.name} (${name})`, () => {
      it('its flows are valid', () => expect(result.problems).toEqual([]));
      for (const c of result.cases) {
        it(c.name, () => {
          if (!c.passed) throw new Error(formatResults([{ ...result, cases: [c] }], { cwd: dir }));
        });
      }
    });
  }
}
