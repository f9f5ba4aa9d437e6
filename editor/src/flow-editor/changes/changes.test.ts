import type { FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import {
  addNode,
  connect,
  copyNodes,
  createNode,
  defaultConfig,
  deleteSelection,
  disconnect,
  freshId,
  freshVariableName,
  layoutNodes,
  moveNodes,
  pasteNodes,
  renameNode,
  renameProblem,
  setVariables,
  updateConfig,
  updateFlowInfo,
  updateLabel,
} from './index';
import { testFlow, testNode } from '../test-flow';

const text = (en: string) => ({ en, 'zh-CN': en });

function flow(): FlowDocument {
  return {
    ...testFlow(
      [testNode('start', 'start'), testNode('ask', 'ask', 300, { prompt: 'Order number?' }), testNode('bye', 'end', 600)],
      [
        { id: 'e1', source: 'start', sourcePort: 'next', target: 'ask' },
        { id: 'e2', source: 'ask', sourcePort: 'answered', target: 'bye' },
      ],
    ),
    id: 'orders',
    name: 'Orders',
  };
}

const messageType: NodeCatalogEntry = {
  type: 'message',
  typeVersion: 2,
  title: text('Message'),
  category: 'message',
  icon: 'message',
  ports: [{ name: 'next', title: text('Next') }],
  waitsForInput: false,
  configSchema: {
    type: 'object',
    required: ['text', 'delayMs', 'buttons'],
    properties: { text: { type: 'string' }, delayMs: { type: 'integer', minimum: 100 }, buttons: { type: 'array' }, tone: { type: 'string', default: 'friendly' }, note: { type: 'string' } },
  },
};

describe('creating nodes', () => {
  it('fills required fields with empty values and takes schema defaults; optional fields stay out', () => {
    expect(defaultConfig(messageType.configSchema)).toEqual({ text: '', delayMs: 100, buttons: [], tone: 'friendly' });
    expect(defaultConfig({ type: 'object', required: ['mode'], properties: { mode: { enum: ['a', 'b'] } } })).toEqual({ mode: 'a' });
    expect(defaultConfig(undefined)).toEqual({});
  });

  it('gives a dropped node a fresh readable id, its type version and a rounded position', () => {
    const node = createNode(messageType, { x: 10.4, y: 20.6 }, new Set(['message', 'message-2']));
    expect(node).toMatchObject({ id: 'message-3', type: 'message', typeVersion: 2, position: { x: 10, y: 21 } });
    const next = addNode(node)(flow());
    expect(next.nodes.at(-1)?.id).toBe('message-3');
  });

  it('cleans odd type names into identifiers', () => {
    expect(freshId('acme/order-lookup', new Set())).toBe('acme-order-lookup');
    expect(freshId('9lives', new Set())).toBe('lives');
    expect(freshId('***', new Set())).toBe('node');
    expect(freshId('ask-2', new Set(['ask']))).toBe('ask-2');
  });
});

describe('editing the graph', () => {
  it('moves nodes and leaves the others alone', () => {
    const before = flow();
    const after = moveNodes(new Map([['ask', { x: 310.7, y: 40 }]]))(before);
    expect(after.nodes[1]?.position).toEqual({ x: 311, y: 40 });
    expect(after.nodes[0]).toBe(before.nodes[0]);
  });

  it('connects a port, replacing the edge that port had', () => {
    const after = connect('ask', 'answered', 'start')(flow());
    expect(after.edges.filter((edge) => edge.source === 'ask')).toEqual([{ id: 'e-ask-answered', source: 'ask', sourcePort: 'answered', target: 'start' }]);
    const twice = connect('ask', 'answered', 'bye')(after);
    expect(twice.edges.map((edge) => edge.id)).toEqual(['e1', 'e-ask-answered']);
    expect(disconnect(new Set(['e1']))(twice).edges.map((edge) => edge.id)).toEqual(['e-ask-answered']);
  });

  it('deletes selected nodes with their edges but never the start node', () => {
    const after = deleteSelection(new Set(['ask', 'start']))(flow());
    expect(after.nodes.map((node) => node.id)).toEqual(['start', 'bye']);
    expect(after.edges).toEqual([]);
    expect(deleteSelection(new Set(), new Set(['e2']))(flow()).edges.map((edge) => edge.id)).toEqual(['e1']);
  });

  it('pastes copies with new ids, offset, and only the edges between copied nodes', () => {
    const original = flow();
    const clipboard = copyNodes(original, new Set(['ask', 'bye']));
    let pasted: string[] = [];
    const after = pasteNodes(clipboard, 40, (ids) => (pasted = ids))(original);
    expect(pasted).toEqual(['ask-2', 'bye-2']);
    expect(after.nodes.find((node) => node.id === 'ask-2')?.position).toEqual({ x: 340, y: 40 });
    expect(after.edges.slice(2)).toEqual([{ id: 'e-ask-2-answered', source: 'ask-2', sourcePort: 'answered', target: 'bye-2' }]);
    // The copy is independent of the original.
    const copy = after.nodes.find((node) => node.id === 'ask-2');
    expect(copy?.config).toEqual(original.nodes[1]?.config);
    expect(copy?.config).not.toBe(original.nodes[1]?.config);
  });

  it('renames a node with its edges and the start id, refusing bad or taken ids', () => {
    const after = renameNode('start', 'begin')(flow());
    expect(after.startNodeId).toBe('begin');
    expect(after.edges[0]).toMatchObject({ source: 'begin', target: 'ask' });
    expect(renameProblem(flow(), 'ask', 'bye')).toBe('taken');
    expect(renameProblem(flow(), 'ask', '1st')).toBe('invalid');
    expect(renameProblem(flow(), 'ask', 'ask')).toBeNull();
    const unchanged = flow();
    expect(renameNode('ask', 'bye')(unchanged)).toBe(unchanged);
  });

  it('updates config and label of one node', () => {
    const after = updateLabel('ask', 'Order no.')(updateConfig('ask', { prompt: 'Which order?' })(flow()));
    expect(after.nodes[1]).toMatchObject({ label: 'Order no.', config: { prompt: 'Which order?' } });
    expect(updateLabel('ask', ' ')(after).nodes[1]).not.toHaveProperty('label');
  });

  it('lays nodes out left to right in the order of the edges', () => {
    const scrambled = moveNodes(new Map([['start', { x: 900, y: 500 }], ['bye', { x: -300, y: 0 }]]))(flow());
    const after = layoutNodes(new Map([['ask', { width: 300, height: 200 }]]))(scrambled);
    const x = (id: string) => after.nodes.find((node) => node.id === id)?.position.x ?? NaN;
    expect(x('start')).toBeLessThan(x('ask'));
    expect(x('ask') + 300).toBeLessThan(x('bye'));
  });
});

describe('flow settings', () => {
  it('sets name and description, clearing an empty description', () => {
    const named = updateFlowInfo({ name: 'Order help', description: 'Where is my order' })(flow());
    expect(named).toMatchObject({ name: 'Order help', description: 'Where is my order' });
    expect(updateFlowInfo({ description: ' ' })(named)).not.toHaveProperty('description');
    expect(updateFlowInfo({ description: ' ' })(named).name).toBe('Order help');
  });

  it('replaces the variables and proposes free names', () => {
    const after = setVariables([{ name: 'var1', type: 'string' }, { name: 'var3', type: 'number', default: 0 }])(flow());
    expect(after.variables.map((variable) => variable.name)).toEqual(['var1', 'var3']);
    expect(freshVariableName(after.variables)).toBe('var2');
  });
});
