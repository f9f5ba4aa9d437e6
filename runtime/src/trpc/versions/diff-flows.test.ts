import { describe, expect, it } from 'vitest';
import { echoFlow } from '../../test-support/echo-flow.js';
import { diffFlows } from './diff-flows.js';

describe('diffFlows', () => {
  it('finds nothing between equal documents, whatever their key order', () => {
    const flow = echoFlow();
    const reordered = Object.fromEntries(Object.entries(echoFlow()).reverse()) as typeof flow;
    reordered.nodes = reordered.nodes.map((node) => Object.fromEntries(Object.entries(node).reverse()) as typeof node);
    expect(diffFlows(flow, reordered)).toEqual({ flowFields: [], nodes: [], edges: [] });
  });

  it('lists moved, relabelled and reconfigured nodes with the fields that changed, and flow-level fields', () => {
    const before = echoFlow();
    const after = echoFlow('Hi');
    after.name = 'Renamed';
    after.nodes = after.nodes.map((node) =>
      node.id === 'menu' ? { ...node, label: 'Main menu', position: { x: 5, y: 200 } } : node,
    );
    const diff = diffFlows(before, after);
    expect(diff.flowFields).toEqual(['name']);
    expect(diff.nodes).toEqual([
      { nodeId: 'greet', type: 'message', label: null, change: 'changed', fields: ['config.text'] },
      { nodeId: 'menu', type: 'ask', label: 'Main menu', change: 'changed', fields: ['label', 'position'] },
    ]);
  });

  it('matches edges by what they connect, not by id', () => {
    const before = echoFlow();
    const after = echoFlow();
    after.edges = after.edges.map((edge) => ({ ...edge, id: `new-${edge.id}` }));
    expect(diffFlows(before, after).edges).toEqual([]);
  });

  it('treats a missing side as everything added or removed', () => {
    const flow = echoFlow();
    const added = diffFlows(null, flow);
    expect(added.nodes.map((node) => node.change)).toEqual(flow.nodes.map(() => 'added'));
    expect(added.edges).toHaveLength(flow.edges.length);
    expect(diffFlows(flow, null).nodes.every((node) => node.change === 'removed')).toBe(true);
  });
});
