import { describe, expect, it } from 'vitest';
import fixture from './fixtures/support.en.flow.json' with { type: 'json' };
import { fixtureFlow, problemsOf, summary } from './test-support/broken-flow.js';
import { TEST_CATALOG } from './test-support/test-catalog.js';
import { validateFlow } from './validate-flow.js';

describe('validateFlow', () => {
  it('accepts the valid fixture flow', () => {
    expect(validateFlow(fixture, TEST_CATALOG)).toEqual({ ok: true, problems: [] });
  });

  it('reports a non-object document without crashing', () => {
    for (const doc of [null, 42, 'flow', [], undefined]) {
      const result = validateFlow(doc, TEST_CATALOG);
      expect(result.ok).toBe(false);
      expect(result.problems[0]?.path).toBe('');
    }
  });

  describe('structure', () => {
    it('names a missing field at its parent', () => {
      const problems = problemsOf((flow) => delete flow.edges[1].target);
      expect(problems[0]).toMatchObject({ code: 'KEFU_SCHEMA_REQUIRED', path: '/edges/1', message: 'missing required field "target"', severity: 'error', flowId: 'support' });
    });

    it('reports a misspelt config field, with a suggestion when one is close', () => {
      expect(problemsOf((flow) => (flow.nodes[1].config.treshold = 3))[0]).toMatchObject({
        path: '/nodes/1/config',
        message: 'unknown field "treshold" (did you mean "threshold"?)',
        nodeId: 'askName',
      });
      expect(problemsOf((flow) => (flow.nodes[2].config.zzz = 1))[0]).toMatchObject({
        code: 'KEFU_SCHEMA_UNKNOWN_FIELD',
        path: '/nodes/2/config',
        message: 'unknown field "zzz" (misspelt?)',
      });
    });

    it('says what number is expected, once', () => {
      expect(problemsOf((flow) => (flow.nodes[1].config.retries = -1))).toMatchObject([
        { code: 'KEFU_SCHEMA_RANGE', path: '/nodes/1/config/retries', message: 'must be a whole number ≥ 0' },
      ]);
      expect(problemsOf((flow) => (flow.nodes[1].config.retries = -1.5))).toMatchObject([
        { code: 'KEFU_SCHEMA_TYPE', path: '/nodes/1/config/retries', message: 'must be a whole number ≥ 0 and ≤ 10' },
      ]);
    });

    it('explains a bad identifier with the schema description', () => {
      expect(problemsOf((flow) => (flow.id = '1bad'))).toMatchObject([
        { code: 'KEFU_SCHEMA_PATTERN', path: '/id', message: "does not have the expected format: Letters, digits, '_' and '-', starting with a letter; at most 64 characters." },
      ]);
    });

    it('lists allowed values of an enum', () => {
      expect(problemsOf((flow) => (flow.locale = 'fr'))).toMatchObject([{ path: '/locale', message: 'must be one of: "en", "zh-CN"' }]);
    });

    it('reports the matching alternative of a oneOf, not every alternative', () => {
      expect(summary(problemsOf((flow) => (flow.nodes[1].config.validation = { kind: 'regex' })))).toEqual([
        'KEFU_SCHEMA_REQUIRED /nodes/1/config/validation',
      ]);
      expect(summary(problemsOf((flow) => (flow.nodes[1].config.validation = { kind: 'regex', pattern: '(' })))).toEqual([
        'KEFU_SCHEMA_FORMAT /nodes/1/config/validation/pattern',
      ]);
    });

    it('follows $refs inside a config schema', () => {
      expect(problemsOf((flow) => (flow.nodes[1].config.choices[0].label = 7))).toMatchObject([
        { code: 'KEFU_SCHEMA_TYPE', path: '/nodes/1/config/choices/0/label', message: 'must be text' },
      ]);
    });

    it('still runs semantic checks when the structure is wrong elsewhere', () => {
      const problems = problemsOf((flow) => {
        flow.nodes[3].position = 'left';
        flow.edges[5].target = 'nowhere';
      });
      expect(summary(problems)).toContain('KEFU_SCHEMA_TYPE /nodes/3/position');
      expect(summary(problems)).toContain('KEFU_FLOW_EDGE_UNKNOWN_TARGET /edges/5/target');
    });
  });

  describe('node types', () => {
    it('rejects an unknown node type', () => {
      expect(summary(problemsOf((flow) => (flow.nodes[4].type = 'acme/unknown')))).toContain('KEFU_FLOW_UNKNOWN_NODE_TYPE /nodes/4/type');
    });

    it('rejects a typeVersion newer than the catalog and warns on an older one', () => {
      expect(problemsOf((flow) => (flow.nodes[1].typeVersion = 3))).toMatchObject([
        { code: 'KEFU_FLOW_NODE_TYPE_VERSION_TOO_NEW', path: '/nodes/1/typeVersion', severity: 'error', nodeId: 'askName' },
      ]);
      const older = validateFlow({ ...fixtureFlow(), nodes: fixtureFlow().nodes.map((n: { id: string }) => (n.id === 'askName' ? { ...n, typeVersion: 1 } : n)) }, TEST_CATALOG);
      expect(older.ok).toBe(true);
      expect(summary(older.problems)).toEqual(['KEFU_FLOW_NODE_TYPE_VERSION_OLD /nodes/1/typeVersion']);
    });

    it('reports a broken config schema of a plugin instead of throwing', () => {
      const catalog = TEST_CATALOG.map((entry) => (entry.type === 'message' ? { ...entry, typeVersion: 99, configSchema: { type: 'object', requried: ['text'] } } : entry));
      const flow = fixtureFlow();
      flow.nodes[3].typeVersion = 99;
      expect(summary(validateFlow(flow, catalog).problems)).toEqual(['KEFU_FLOW_CONFIG_SCHEMA_INVALID /nodes/3/type']);
    });
  });

  describe('ids', () => {
    it('rejects duplicate node, edge and variable names', () => {
      expect(summary(problemsOf((flow) => (flow.nodes[5].id = 'count')))).toContain('KEFU_FLOW_DUPLICATE_NODE_ID /nodes/5/id');
      expect(summary(problemsOf((flow) => (flow.edges[3].id = 'e1')))).toEqual(['KEFU_FLOW_DUPLICATE_EDGE_ID /edges/3/id']);
      expect(summary(problemsOf((flow) => flow.variables.push({ name: 'name', type: 'any' })))).toEqual(['KEFU_FLOW_DUPLICATE_VARIABLE /variables/2/name']);
    });

    it('rejects a start node that does not exist', () => {
      expect(summary(problemsOf((flow) => (flow.startNodeId = 'begin')))).toEqual(['KEFU_FLOW_START_NODE_MISSING /startNodeId']);
    });
  });
});
