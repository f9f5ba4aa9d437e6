import type { FlowDocument } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { nodeDiff } from './node-diff';
import { testFlow, testNode } from './test-flow';

const base = testFlow(
  [testNode('start', 'start'), testNode('hello', 'message', 200, { text: 'Hi' }), testNode('old', 'end', 400)],
  [{ id: 'e1', source: 'start', sourcePort: 'next', target: 'hello' }],
);

describe('nodeDiff', () => {
  it('lists added, removed and changed nodes and counts differing connections', () => {
    const mine: FlowDocument = {
      ...base,
      nodes: [base.nodes[0]!, { ...base.nodes[1]!, config: { text: 'Hello' } }, testNode('new', 'end')],
      edges: [{ id: 'other-id', source: 'start', sourcePort: 'next', target: 'hello' }, { id: 'e2', source: 'hello', sourcePort: 'next', target: 'new' }],
    };
    expect(nodeDiff(base, mine)).toEqual({ added: ['new'], removed: ['old'], changed: ['hello'], edgesChanged: 1, flowChanged: false });
  });

  it('notices flow-level changes and reports nothing for equal documents', () => {
    expect(nodeDiff(base, structuredClone(base))).toEqual({ added: [], removed: [], changed: [], edgesChanged: 0, flowChanged: false });
    expect(nodeDiff(base, { ...base, name: 'G' }).flowChanged).toBe(true);
  });
});
