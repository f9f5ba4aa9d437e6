import type { FlowDocument } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { nodeDiff } from './node-diff';

const base: FlowDocument = {
  schemaVersion: 1,
  id: 'f',
  name: 'F',
  locale: 'en',
  variables: [],
  startNodeId: 'start',
  nodes: [
    { id: 'start', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} },
    { id: 'hello', type: 'message', typeVersion: 1, position: { x: 200, y: 0 }, config: { text: 'Hi' } },
    { id: 'old', type: 'end', typeVersion: 1, position: { x: 400, y: 0 }, config: {} },
  ],
  edges: [{ id: 'e1', source: 'start', sourcePort: 'next', target: 'hello' }],
};

describe('nodeDiff', () => {
  it('lists added, removed and changed nodes and counts differing connections', () => {
    const mine: FlowDocument = {
      ...base,
      nodes: [base.nodes[0]!, { ...base.nodes[1]!, config: { text: 'Hello' } }, { id: 'new', type: 'end', typeVersion: 1, position: { x: 0, y: 0 }, config: {} }],
      edges: [{ id: 'other-id', source: 'start', sourcePort: 'next', target: 'hello' }, { id: 'e2', source: 'hello', sourcePort: 'next', target: 'new' }],
    };
    expect(nodeDiff(base, mine)).toEqual({ added: ['new'], removed: ['old'], changed: ['hello'], edgesChanged: 1, flowChanged: false });
  });

  it('notices flow-level changes and reports nothing for equal documents', () => {
    expect(nodeDiff(base, structuredClone(base))).toEqual({ added: [], removed: [], changed: [], edgesChanged: 0, flowChanged: false });
    expect(nodeDiff(base, { ...base, name: 'G' }).flowChanged).toBe(true);
  });
});
