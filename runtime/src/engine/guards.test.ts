import { describe, expect, it } from 'vitest';
import { builtinNodes } from '../nodes/builtin-nodes.js';
import { defineExecutor } from '../nodes/define-executor.js';
import { defineNode } from '../nodes/define-node.js';
import { executorMap } from '../nodes/executor-map.js';
import { initialState } from './initial-state.js';
import { step } from './step.js';
import { buildBundle, buildFlow, recordingLogger } from './test-support/build-flow.js';
import type { Services } from './types.js';

const boomDefinition = defineNode<Record<string, never>>({
  type: 'boom',
  typeVersion: 1,
  title: { en: 'Boom', 'zh-CN': '爆炸' },
  category: 'logic',
  icon: 'stop',
  ports: [{ name: 'next', title: { en: 'Next', 'zh-CN': '下一步' } }],
  waitsForInput: false,
  configSchema: { type: 'object' },
});
const boom = { definition: boomDefinition, executor: defineExecutor(boomDefinition, () => { throw new Error('backend down'); }) };
const executors = executorMap([...builtinNodes, boom]);

function servicesFor(flows: Parameters<typeof buildBundle>[0], settings: Parameters<typeof buildBundle>[1] = {}) {
  const logger = recordingLogger();
  const services: Services = { bundle: buildBundle(flows, settings), now: () => new Date(0), logger, executors };
  return { services, logger, state: initialState(services.bundle, { bundleVersion: 1 }) };
}

describe('step limit', () => {
  it('stops a flow that loops without waiting, says so and ends with KEFU_ERR_STEP_LIMIT', async () => {
    const loop = buildFlow(
      'loop',
      [['start', 'start'], ['inc', 'set-variable', { assignments: [{ variable: 'n', value: 'vars.n + 1' }] }]],
      [['start', 'next', 'inc'], ['inc', 'next', 'inc']],
      { variables: [{ name: 'n', type: 'number', default: 0 }] },
    );
    const { services, logger, state } = servicesFor([loop], { maxStepsPerTurn: 10 });
    const result = await step(state, { type: 'start' }, services);
    expect(result.state.status).toBe('ended');
    expect(result.state.vars.n).toBe(9);
    expect(result.outputs).toEqual([expect.objectContaining({ kind: 'system', code: 'KEFU_ERR_STEP_LIMIT' })]);
    expect(result.effects).toContainEqual({ type: 'conversation.ended', reason: 'step-limit', code: 'KEFU_ERR_STEP_LIMIT' });
    expect(logger.records).toContainEqual(expect.objectContaining({ level: 'warn', obj: expect.objectContaining({ nodeId: 'inc', maxSteps: 10 }) }));
  });
});

describe('node failure', () => {
  it('routes to the error port when it is connected', async () => {
    const flow = buildFlow(
      'f',
      [['start', 'start'], ['call', 'boom'], ['sorry', 'message', { text: 'Our system is busy.' }], ['done', 'end']],
      [['start', 'next', 'call'], ['call', 'next', 'done'], ['call', 'error', 'sorry'], ['sorry', 'next', 'done']],
    );
    const { services, logger, state } = servicesFor([flow]);
    const result = await step(state, { type: 'start' }, services);
    expect(result.outputs).toEqual([{ kind: 'text', text: 'Our system is busy.' }]);
    expect(result.effects).toContainEqual({ type: 'report', name: 'node.failed', data: { flowId: 'f', nodeId: 'call', nodeType: 'boom' } });
    expect(result.effects).toContainEqual({ type: 'conversation.ended', reason: 'completed' });
    expect(logger.records).toContainEqual(
      expect.objectContaining({ level: 'error', obj: expect.objectContaining({ nodeId: 'call', err: expect.objectContaining({ message: 'backend down' }) }) }),
    );
  });

  it('apologises and ends the conversation when the error port is not connected', async () => {
    const flow = buildFlow('f', [['start', 'start'], ['call', 'boom'], ['done', 'end']], [['start', 'next', 'call'], ['call', 'next', 'done']]);
    const { services, state } = servicesFor([flow]);
    const result = await step(state, { type: 'start' }, services);
    expect(result.outputs).toEqual([expect.objectContaining({ kind: 'system', code: 'KEFU_ERR_NODE_FAILED' })]);
    expect(result.state.status).toBe('ended');
    expect(result.effects).toContainEqual({ type: 'conversation.ended', reason: 'error', code: 'KEFU_ERR_NODE_FAILED' });
  });

  it('treats a bad expression and an unknown node type as node failures', async () => {
    const flow = buildFlow(
      'f',
      [['start', 'start'], ['check', 'condition', { branches: [{ id: 'a', when: 'vars.x ==' }] }], ['mystery', 'acme/unknown'], ['done', 'end']],
      [['start', 'next', 'check'], ['check', 'a', 'done'], ['check', 'else', 'done'], ['check', 'error', 'mystery'], ['mystery', 'next', 'done']],
    );
    const { services, logger, state } = servicesFor([flow]);
    const result = await step(state, { type: 'start' }, services);
    expect(result.state.status).toBe('ended');
    expect(result.outputs).toEqual([expect.objectContaining({ code: 'KEFU_ERR_NODE_FAILED' })]);
    expect(logger.records.filter((r) => r.level === 'error').map((r) => (r.obj as { nodeId: string }).nodeId)).toEqual(['check', 'mystery']);
  });
});

describe('optional ports', () => {
  it('ends the flow when a node leaves by an optional port without an edge', async () => {
    const flow = buildFlow(
      'f',
      [['start', 'start'], ['age', 'ask', { prompt: 'Age?', variable: 'age', validation: { kind: 'number' }, retries: 0 }], ['done', 'end']],
      [['start', 'next', 'age'], ['age', 'answered', 'done']],
      { variables: [{ name: 'age', type: 'number' }] },
    );
    const { services, logger, state } = servicesFor([flow]);
    const started = await step(state, { type: 'start' }, services);
    const result = await step(started.state, { type: 'message', text: 'old' }, services);
    expect(result.state.status).toBe('ended');
    expect(result.effects).toContainEqual({ type: 'conversation.ended', reason: 'flow-end' });
    expect(logger.records.filter((r) => r.level === 'warn')).toEqual([]);
  });
});
