import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateBundle, type FlowDocument } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { formatResults } from '../../runtime/src/conversation-tests/format-results.js';
import { loadConversationTestFile } from '../../runtime/src/conversation-tests/load-conversation-test-file.js';
import { runConversationTests } from '../../runtime/src/conversation-tests/run-conversation-tests.js';
import { builtinCatalog } from '../../runtime/src/nodes/builtin-catalog.js';
import { builtinExecutors } from '../../runtime/src/nodes/builtin-nodes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const flowFiles = readdirSync(join(root, 'flows')).filter((f) => f.endsWith('.json')).sort();
const testFiles = readdirSync(join(root, 'tests')).filter((f) => /\.test\.ya?ml$/.test(f)).sort();

interface TemplateIndex {
  templates: { id: string; title: Record<string, string>; description: Record<string, string>; category: string; flows: Record<string, string>; tests: string[] }[];
}

describe('template flows', () => {
  it('are valid together with the settings, as `npm start` publishes them', () => {
    const flows = flowFiles.map((f) => readJson(`flows/${f}`));
    const result = validateBundle({ flows, settings: readJson('settings.json') }, builtinCatalog);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('lay nodes out left to right without overlaps', () => {
    for (const file of flowFiles) {
      const flow = readJson(`flows/${file}`) as FlowDocument;
      const places = flow.nodes.map((n) => `${n.position.x},${n.position.y}`);
      expect(new Set(places).size, file).toBe(places.length);
      const start = flow.nodes.find((n) => n.id === flow.startNodeId);
      expect(Math.min(...flow.nodes.map((n) => n.position.x)), file).toBe(start?.position.x);
    }
  });

  it('every flow and every test file is listed in index.json, in both languages', () => {
    const index = readJson('index.json') as TemplateIndex;
    const listedFlows = index.templates.flatMap((t) => Object.values(t.flows)).map((p) => p.replace(/^flows\//, '')).sort();
    const listedTests = index.templates.flatMap((t) => t.tests).map((p) => p.replace(/^tests\//, '')).sort();
    expect(listedFlows).toEqual(flowFiles);
    expect(listedTests).toEqual(testFiles);
    for (const t of index.templates) {
      expect(Object.keys(t.title).sort(), t.id).toEqual(['en', 'zh-CN']);
      expect(Object.keys(t.description).sort(), t.id).toEqual(['en', 'zh-CN']);
    }
  });
});

describe('template conversation tests', () => {
  it('cover both languages of every template', () => {
    expect(testFiles.length).toBeGreaterThanOrEqual(4);
    expect(testFiles.some((f) => f.includes('zh-CN'))).toBe(true);
  });

  for (const name of testFiles) {
    it(name, async () => {
      const file = await loadConversationTestFile(join(root, 'tests', name));
      const result = await runConversationTests(file, { catalog: builtinCatalog, executors: builtinExecutors });
      if (result.failed > 0) throw new Error(formatResults([result], { cwd: root }));
      expect(result.passed).toBe(file.cases.length);
    });
  }
});
