import { describe, expect, it } from 'vitest';
import { problemsOf, summary } from './test-support/broken-flow.js';

describe('edges and ports', () => {
  it('rejects edges from or to unknown nodes', () => {
    expect(summary(problemsOf((flow) => (flow.edges[5].source = 'ghost')))).toContain('KEFU_FLOW_EDGE_UNKNOWN_SOURCE /edges/5/source');
    expect(summary(problemsOf((flow) => (flow.edges[5].target = 'ghost')))).toEqual(['KEFU_FLOW_EDGE_UNKNOWN_TARGET /edges/5/target']);
  });

  it('rejects an edge from a port the node does not have, naming the ports it has', () => {
    const problems = problemsOf((flow) => flow.edges.push({ id: 'e9', source: 'route', sourcePort: 'maybe', target: 'bye' }));
    expect(problems).toMatchObject([
      { code: 'KEFU_FLOW_EDGE_UNKNOWN_PORT', path: '/edges/8/sourcePort', nodeId: 'route', message: 'node "route" has no output "maybe" (its outputs: else, vip, other, error)' },
    ]);
  });

  it('accepts the implicit error port and ports declared by the config', () => {
    expect(problemsOf((flow) => flow.edges.push({ id: 'e9', source: 'route', sourcePort: 'error', target: 'bye' }))).toEqual([]);
  });

  it('rejects two edges from the same port', () => {
    expect(summary(problemsOf((flow) => flow.edges.push({ id: 'e9', source: 'start', sourcePort: 'next', target: 'bye' })))).toEqual([
      'KEFU_FLOW_PORT_MULTIPLE_EDGES /edges/8/sourcePort',
    ]);
  });

  it('rejects a required port without an edge, at the node', () => {
    const problems = problemsOf((flow) => flow.edges.splice(4, 1));
    expect(problems).toMatchObject([
      { code: 'KEFU_FLOW_PORT_NOT_CONNECTED', path: '/nodes/2', message: 'output "else" of node "route" is not connected to anything' },
      // The node that edge led to is now unreachable as well.
      { code: 'KEFU_FLOW_UNREACHABLE_NODE', path: '/nodes/5' },
    ]);
  });

  it('treats a config-declared port as required', () => {
    const problems = problemsOf((flow) => flow.nodes[2].config.branches.push({ id: 'late', when: 'true' }));
    expect(problems).toMatchObject([{ code: 'KEFU_FLOW_PORT_NOT_CONNECTED', path: '/nodes/2', params: { port: 'late' } }]);
  });

  it('rejects two config-declared ports with the same name', () => {
    expect(summary(problemsOf((flow) => (flow.nodes[2].config.branches[1].id = 'vip')))).toContain('KEFU_FLOW_DUPLICATE_PORT /nodes/2/config/branches/1/id');
  });

  it('rejects edges out of a terminal node', () => {
    expect(summary(problemsOf((flow) => flow.edges.push({ id: 'e9', source: 'bye', sourcePort: 'next', target: 'start' })))).toEqual([
      'KEFU_FLOW_TERMINAL_NODE_HAS_EDGES /edges/8',
    ]);
  });
});

describe('reachability', () => {
  it('rejects a node the start node cannot reach, as an error', () => {
    const problems = problemsOf((flow) => {
      flow.nodes.push({ id: 'orphan', type: 'end', typeVersion: 1, position: { x: 0, y: 0 }, config: {} });
    });
    expect(problems).toMatchObject([{ code: 'KEFU_FLOW_UNREACHABLE_NODE', path: '/nodes/7', severity: 'error', nodeId: 'orphan' }]);
  });
});

describe('loops', () => {
  it('accepts a loop through a node that waits for input', () => {
    // The fixture loops askName → route → count → askName.
    expect(problemsOf(() => undefined)).toEqual([]);
  });

  it('rejects a loop that never waits, naming every node in it', () => {
    const problems = problemsOf((flow) => {
      flow.edges[6].target = 'route';
    });
    expect(problems).toMatchObject([
      { code: 'KEFU_FLOW_CYCLE_WITHOUT_INPUT', path: '/nodes/2', nodeId: 'route', params: { nodes: '"route", "count"' } },
    ]);
  });

  it('finds a loop that never waits even inside a larger loop that does', () => {
    // route → count → route runs forever although route → count → askName → route waits.
    const problems = problemsOf((flow) => {
      flow.edges.push({ id: 'back', source: 'count', sourcePort: 'error', target: 'route' });
    });
    expect(problems).toMatchObject([
      { code: 'KEFU_FLOW_CYCLE_WITHOUT_INPUT', path: '/nodes/2', nodeId: 'route', params: { nodes: '"route", "count"' } },
    ]);
  });

  it('rejects a node that leads to itself', () => {
    const problems = problemsOf((flow) => {
      flow.edges[6].target = 'count';
    });
    expect(summary(problems)).toEqual(['KEFU_FLOW_CYCLE_WITHOUT_INPUT /nodes/4']);
  });
});

describe('variables and expressions', () => {
  it('rejects an undeclared variable in a template, at the field', () => {
    expect(problemsOf((flow) => (flow.nodes[3].config.text = 'Hi {{ vars.nom }}'))).toMatchObject([
      { code: 'KEFU_FLOW_UNDECLARED_VARIABLE', path: '/nodes/3/config/text', params: { name: 'nom', column: 7 }, nodeId: 'greetVip' },
    ]);
  });

  it('rejects an undeclared variable in a nested expression and in a $ref-ed template', () => {
    expect(summary(problemsOf((flow) => (flow.nodes[2].config.branches[1].when = 'vars.age > 18')))).toEqual([
      'KEFU_FLOW_UNDECLARED_VARIABLE /nodes/2/config/branches/1/when',
    ]);
    expect(summary(problemsOf((flow) => (flow.nodes[1].config.choices[0].label = '{{vars.x}}')))).toEqual([
      'KEFU_FLOW_UNDECLARED_VARIABLE /nodes/1/config/choices/0/label',
    ]);
  });

  it('rejects writing an undeclared variable', () => {
    expect(summary(problemsOf((flow) => (flow.nodes[4].config.assignments[0].variable = 'total')))).toEqual([
      'KEFU_FLOW_UNDECLARED_VARIABLE /nodes/4/config/assignments/0/variable',
    ]);
  });

  it('reports an empty required expression once, as empty (not also as a syntax error)', () => {
    expect(summary(problemsOf((flow) => (flow.nodes[2].config.branches[0].when = '')))).toEqual(['KEFU_SCHEMA_NOT_EMPTY /nodes/2/config/branches/0/when']);
    expect(summary(problemsOf((flow) => (flow.nodes[2].config.branches[0].when = '  ')))).toEqual(['KEFU_FLOW_EXPRESSION_SYNTAX /nodes/2/config/branches/0/when']);
  });

  it('reports expression syntax errors with their column', () => {
    expect(problemsOf((flow) => (flow.nodes[2].config.branches[0].when = 'vars.name == ('))).toMatchObject([
      { code: 'KEFU_FLOW_EXPRESSION_SYNTAX', path: '/nodes/2/config/branches/0/when', message: 'Unexpected end of expression at column 15', params: { column: 15 } },
    ]);
    expect(problemsOf((flow) => (flow.nodes[6].config.message = 'Bye {{ vars.constructor }}'))).toMatchObject([
      { code: 'KEFU_FLOW_EXPRESSION_SYNTAX', path: '/nodes/6/config/message', params: { code: 'KEFU_EXPR_FORBIDDEN', column: 13 } },
    ]);
  });
});
