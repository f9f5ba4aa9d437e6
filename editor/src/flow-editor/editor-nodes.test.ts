import type { FlowDocument, NodeCatalogEntry, Problem } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { updateConfig } from './changes';
import { problemCounts, reconcileNodes, toEditorGraph } from './editor-nodes';
import { testFlow, testNode } from './test-flow';

const text = (en: string) => ({ en, 'zh-CN': en });
const catalog: NodeCatalogEntry[] = [
  { type: 'message', typeVersion: 1, title: text('Message'), category: 'message', icon: 'message', ports: [{ name: 'next', title: text('Next') }], waitsForInput: false, configSchema: {} },
  { type: 'end', typeVersion: 1, title: text('End'), category: 'flow', icon: 'stop', ports: [], waitsForInput: false, terminal: true, configSchema: {} },
];
const flow = testFlow([testNode('hello', 'message', 0, { text: '' }), testNode('bye', 'end', 300)], [{ id: 'e1', source: 'hello', sourcePort: 'next', target: 'bye' }]);
const problem = (nodeId: string): Problem => ({ severity: 'error', code: 'x', path: '/nodes/0', message: 'm', nodeId });

describe('toEditorGraph', () => {
  it('marks selection, problem counts and the simulator path on the nodes', () => {
    const counts = problemCounts([problem('hello'), problem('hello'), { ...problem('x'), nodeId: undefined }]);
    const { nodes } = toEditorGraph(flow, catalog, new Set(['bye']), counts, { nodeIds: ['hello', 'bye'], activeId: 'bye' });
    expect(nodes.map((node) => [node.id, node.selected, node.data.problemCount, node.data.highlight])).toEqual([
      ['hello', false, 2, 'path'],
      ['bye', true, 0, 'active'],
    ]);
  });

  it('offers the error port on a selected node only, and never on a terminal one', () => {
    const ports = (selection: string[]) =>
      toEditorGraph(flow, catalog, new Set(selection), new Map(), { nodeIds: [], activeId: null }).nodes.map((node) => node.data.ports.map((port) => port.name));
    expect(ports([])).toEqual([['next'], []]);
    expect(ports(['hello', 'bye'])).toEqual([['next', 'error'], []]);
  });
});

describe('reconcileNodes', () => {
  it('reuses the objects of unchanged nodes and keeps measurements of changed ones', () => {
    const draw = (document: FlowDocument) => toEditorGraph(document, catalog, new Set(), new Map(), { nodeIds: [], activeId: null }).nodes;
    const before = draw(flow).map((node) => ({ ...node, measured: { width: 200, height: 90 } }));
    const after = reconcileNodes(draw(updateConfig('hello', { text: 'Hi' })(flow)), before);
    expect(after[1]).toBe(before[1]);
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]).toMatchObject({ measured: { width: 200, height: 90 }, data: { config: { text: 'Hi' } } });
  });
});
