import { describe, expect, it } from 'vitest';
import { initialState } from './initial-state.js';
import { step } from './step.js';
import { buildBundle, buildFlow, recordingLogger } from './test-support/build-flow.js';
import type { Services } from './types.js';

const main = buildFlow(
  'main',
  [
    ['start', 'start'],
    ['collect', 'go-to-flow', { flowId: 'collect' }],
    ['thanks', 'message', { text: 'Thanks, {{vars.phone}} ({{vars.source}})' }],
    ['done', 'end'],
  ],
  [['start', 'next', 'collect'], ['collect', 'done', 'thanks'], ['thanks', 'next', 'done']],
  { variables: [{ name: 'phone', type: 'string' }, { name: 'source', type: 'string', default: 'main' }] },
);
const collect = buildFlow(
  'collect',
  [
    ['start', 'start'],
    ['phone', 'ask', { prompt: 'Phone?', variable: 'phone', validation: { kind: 'phone' } }],
    ['back', 'end', { message: 'Got it.' }],
  ],
  [['start', 'next', 'phone'], ['phone', 'answered', 'back']],
  { variables: [{ name: 'phone', type: 'string' }, { name: 'source', type: 'string', default: 'collect' }] },
);

function servicesFor(flows = [main, collect]): Services {
  return { bundle: buildBundle(flows), now: () => new Date(0), logger: recordingLogger() };
}

describe('go-to-flow', () => {
  it('runs the sub-flow, shares variables, and continues by done when it ends', async () => {
    const services = servicesFor();
    const started = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    expect(started.state).toMatchObject({ flowId: 'collect', nodeId: 'phone', stack: [{ flowId: 'main', nodeId: 'collect' }] });
    // The caller's value wins over the sub-flow's default.
    expect(started.state.vars.source).toBe('main');

    const result = await step(started.state, { type: 'message', text: '138 0013 8000' }, services);
    expect(result.outputs.map((m) => m.kind === 'text' && m.text)).toEqual(['Got it.', 'Thanks, 13800138000 (main)']);
    expect(result.state.status).toBe('ended');
    expect(result.effects).toContainEqual({ type: 'conversation.ended', reason: 'completed' });
  });

  it('fails the calling node when the target flow is not in the bundle', async () => {
    const services = servicesFor([main]);
    const result = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    expect(result.outputs).toEqual([expect.objectContaining({ code: 'KEFU_ERR_NODE_FAILED' })]);
    expect(result.effects).toContainEqual({ type: 'report', name: 'node.failed', data: { flowId: 'main', nodeId: 'collect', nodeType: 'go-to-flow' } });
  });

  it('stops a flow that calls itself forever at the call depth limit', async () => {
    const self = buildFlow('self', [['start', 'start'], ['again', 'go-to-flow', { flowId: 'self' }], ['done', 'end']], [
      ['start', 'next', 'again'],
      ['again', 'done', 'done'],
    ]);
    const services = servicesFor([self]);
    const result = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    expect(result.state.status).toBe('ended');
    expect(result.outputs).toEqual([expect.objectContaining({ code: 'KEFU_ERR_NODE_FAILED' })]);
  });
});
