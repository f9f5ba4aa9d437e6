import type { FlowDocument, Problem } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { problemTarget } from './problem-target';

const flow = { nodes: [{ id: 'start' }, { id: 'ask' }] } as unknown as FlowDocument;
const problem = (path: string, nodeId?: string): Problem => ({ severity: 'error', code: 'x', path, message: 'm', ...(nodeId ? { nodeId } : {}) });

describe('problemTarget', () => {
  it('opens the field of a config problem', () => {
    expect(problemTarget(problem('/nodes/1/config/prompt', 'ask'), flow)).toEqual({ nodeId: 'ask', field: '/prompt' });
    expect(problemTarget(problem('/nodes/1/config'), flow)).toEqual({ nodeId: 'ask', field: null });
  });

  it('focuses the node of other node problems, and nothing for flow-level ones', () => {
    expect(problemTarget(problem('/edges/0/target', 'start'), flow)).toEqual({ nodeId: 'start', field: null });
    expect(problemTarget(problem('/nodes/0/id'), flow)).toEqual({ nodeId: 'start', field: null });
    expect(problemTarget(problem('/name'), flow)).toBeNull();
  });
});
