import type { FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { summarizeConfig } from './summarize-config';
import { toReactFlow } from './to-react-flow';

const text = (en: string) => ({ en, 'zh-CN': en });

const catalog: NodeCatalogEntry[] = [
  { type: 'start', typeVersion: 1, title: { en: 'Start', 'zh-CN': '开始' }, category: 'flow', icon: 'play', ports: [{ name: 'next', title: text('Next') }], waitsForInput: false, configSchema: {} },
  {
    type: 'condition',
    typeVersion: 1,
    title: { en: 'Condition', 'zh-CN': '条件' },
    category: 'logic',
    icon: 'split',
    ports: [{ name: 'else', title: text('Else') }],
    dynamicPorts: { from: '/branches', key: 'id', labelKey: 'label' },
    waitsForInput: false,
    configSchema: { properties: { branches: { type: 'array' } } },
  },
  { type: 'end', typeVersion: 1, title: text('End'), category: 'flow', icon: 'stop', ports: [], waitsForInput: false, terminal: true, configSchema: {} },
];

const flow: FlowDocument = {
  schemaVersion: 1,
  id: 'welcome',
  name: 'Welcome',
  locale: 'en',
  variables: [],
  startNodeId: 'begin',
  nodes: [
    { id: 'begin', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} },
    {
      id: 'route',
      type: 'condition',
      typeVersion: 1,
      position: { x: 300, y: 0 },
      config: { branches: [{ id: 'vip', label: 'VIP customer', when: 'vars.vip' }, { id: 'other', when: 'true' }] },
    },
    { id: 'bye', type: 'end', typeVersion: 1, position: { x: 600, y: 0 }, config: {} },
    { id: 'ghost', type: 'acme/lookup', typeVersion: 2, position: { x: 600, y: 200 }, config: { url: 'https://x' } },
  ],
  edges: [
    { id: 'e1', source: 'begin', sourcePort: 'next', target: 'route' },
    { id: 'e2', source: 'route', sourcePort: 'vip', target: 'bye' },
    { id: 'e3', source: 'route', sourcePort: 'error', target: 'bye' },
    { id: 'e4', source: 'ghost', sourcePort: 'found', target: 'bye' },
  ],
};

describe('toReactFlow', () => {
  const { nodes, edges } = toReactFlow(flow, catalog);
  const byId = new Map(nodes.map((node) => [node.id, node]));

  it('keeps positions and marks the start node, which has no input handle', () => {
    expect(byId.get('route')?.position).toEqual({ x: 300, y: 0 });
    expect(byId.get('begin')?.data).toMatchObject({ isStart: true, hasInput: false });
    expect(byId.get('bye')?.data).toMatchObject({ isStart: false, hasInput: true, terminal: true, ports: [] });
  });

  it('gives a condition one port per branch, then else, then the error port it uses', () => {
    const ports = byId.get('route')?.data.ports ?? [];
    expect(ports.map((port) => port.name)).toEqual(['vip', 'other', 'else', 'error']);
    expect(ports[0]?.title?.en).toBe('VIP customer');
    expect(ports[1]?.title?.en).toBe('other');
  });

  it('still draws a node of an unknown type, with the ports its edges use', () => {
    expect(byId.get('ghost')?.data).toMatchObject({ title: null, icon: 'unknown', ports: [{ name: 'found', unknown: true }] });
  });

  it('connects edges from the port handle to the input handle', () => {
    expect(edges.find((edge) => edge.id === 'e2')).toMatchObject({ source: 'route', sourceHandle: 'vip', target: 'bye', targetHandle: 'in' });
    expect(edges.find((edge) => edge.id === 'e3')?.className).toBe('kefu-edge-error');
  });
});

describe('summarizeConfig', () => {
  const messageSchema = {
    properties: { text: { type: 'string' }, buttons: { type: 'array' } },
  };

  it('reads a message with quick replies as text then button labels', () => {
    const line = summarizeConfig({ buttons: [{ id: 'a', label: 'Orders' }, { id: 'b', label: 'Returns' }], text: 'Hi!\nHow can I help?' }, messageSchema);
    expect(line).toBe('Hi! How can I help? · Orders, Returns');
  });

  it('shows the variable an ask node writes and assignments as target = value', () => {
    const askSchema = { properties: { prompt: {}, variable: { 'x-ui': { widget: 'variable' } }, retries: {} } };
    expect(summarizeConfig({ prompt: 'Your phone?', variable: 'phone', retries: 3 }, askSchema)).toBe('Your phone? · → phone');
    expect(summarizeConfig({ assignments: [{ variable: 'n', value: 'vars.n + 1' }] })).toBe('n = vars.n + 1');
  });

  it('is empty for an empty config and cut to one short line', () => {
    expect(summarizeConfig({})).toBe('');
    const line = summarizeConfig({ text: 'x'.repeat(500) });
    expect(line.length).toBeLessThanOrEqual(90);
    expect(line.endsWith('…')).toBe(true);
  });
});
