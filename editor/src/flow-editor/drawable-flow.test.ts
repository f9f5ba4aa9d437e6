import { describe, expect, it } from 'vitest';
import { isDrawableFlow } from './drawable-flow';

const flow = {
  id: 'f',
  startNodeId: 'start',
  variables: [],
  nodes: [{ id: 'start', type: 'start', position: { x: 0, y: 0 }, config: {} }],
  edges: [{ id: 'e', source: 'start', sourcePort: 'next', target: 'x' }],
};

describe('isDrawableFlow', () => {
  it('accepts a flow with drawable nodes and edges even when other parts are invalid', () => {
    expect(isDrawableFlow(flow)).toBe(true);
    expect(isDrawableFlow({ ...flow, name: 42 })).toBe(true);
  });

  it('refuses what the canvas cannot draw', () => {
    expect(isDrawableFlow([])).toBe(false);
    expect(isDrawableFlow({ ...flow, nodes: {} })).toBe(false);
    expect(isDrawableFlow({ ...flow, nodes: [{ id: 'a', type: 't', position: { x: '1', y: 0 }, config: {} }] })).toBe(false);
    expect(isDrawableFlow({ ...flow, edges: [{ id: 'e', source: 'a' }] })).toBe(false);
  });
});
