import { describe, expect, it } from 'vitest';
import { activeNodeOf, appendStep, emptyLog, type SimulationStep } from './simulator-log';

function step(partial: Partial<SimulationStep>): SimulationStep {
  return {
    state: {} as SimulationStep['state'],
    messages: [],
    visited: [],
    activeNodeId: null,
    activeFlowId: 'main',
    vars: {},
    ended: false,
    timeoutSeconds: null,
    ignored: false,
    ...partial,
  };
}

describe('simulator log', () => {
  it('records the customer text, the bot messages and the path through this flow once per node', () => {
    const first = appendStep(
      emptyLog,
      null,
      step({ messages: [{ kind: 'text', text: 'Hi' }], visited: [{ flowId: 'main', nodeId: 'start' }, { flowId: 'main', nodeId: 'ask' }], activeNodeId: 'ask' }),
      'main',
    );
    const second = appendStep(
      first,
      'yes',
      step({ visited: [{ flowId: 'main', nodeId: 'ask' }, { flowId: 'other', nodeId: 'x' }, { flowId: 'main', nodeId: 'end' }], activeFlowId: 'other', activeNodeId: 'x' }),
      'main',
    );
    expect(second.entries.map((e) => e.from)).toEqual(['bot', 'customer']);
    expect(second.path).toEqual(['start', 'ask', 'end']);
    expect(activeNodeOf(first, 'main')).toBe('ask');
    expect(activeNodeOf(second, 'main')).toBeNull();
  });

  it('notes an event the flow ignored', () => {
    const log = appendStep(emptyLog, 'hello?', step({ ignored: true, ended: true }), 'main');
    expect(log.entries).toEqual([{ from: 'customer', text: 'hello?' }, { from: 'note', text: 'ignored' }]);
  });
});
