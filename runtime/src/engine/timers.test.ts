import { describe, expect, it } from 'vitest';
import { initialState } from './initial-state.js';
import { step } from './step.js';
import { buildBundle, buildFlow, recordingLogger } from './test-support/build-flow.js';
import type { Services } from './types.js';

const flow = buildFlow(
  'f',
  [
    ['start', 'start'],
    ['email', 'ask', { prompt: 'Email?', variable: 'email', validation: { kind: 'email' }, timeoutSeconds: 60 }],
    ['name', 'ask', { prompt: 'Name?', variable: 'name', validation: { kind: 'text' } }],
    ['late', 'message', { text: 'Still there?' }],
    ['done', 'end'],
  ],
  [
    ['start', 'next', 'email'],
    ['email', 'answered', 'name'],
    ['email', 'timeout', 'late'],
    ['late', 'next', 'name'],
    ['name', 'answered', 'done'],
  ],
  { variables: [{ name: 'email', type: 'string' }, { name: 'name', type: 'string' }] },
);
const services: Services = { bundle: buildBundle([flow], { sessionTimeoutSeconds: 600 }), now: () => new Date(0), logger: recordingLogger() };

describe('timers', () => {
  it('arms node-timeout for a waiting node with timeoutSeconds, and re-arms it on a retry', async () => {
    const started = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    expect(started.effects).toEqual([
      { type: 'timer.set', name: 'node-timeout', dueInSeconds: 60 },
      { type: 'timer.set', name: 'session-timeout', dueInSeconds: 600 },
    ]);
    const retry = await step(started.state, { type: 'message', text: 'not an email' }, services);
    expect(retry.effects).toEqual([
      { type: 'timer.set', name: 'node-timeout', dueInSeconds: 60 },
      { type: 'timer.set', name: 'session-timeout', dueInSeconds: 600 },
    ]);
  });

  it('cancels node-timeout when the waiting node is answered', async () => {
    const started = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    const answered = await step(started.state, { type: 'message', text: 'a@b.co' }, services);
    expect(answered.effects).toEqual([
      { type: 'timer.cancel', name: 'node-timeout' },
      { type: 'timer.set', name: 'session-timeout', dueInSeconds: 600 },
    ]);
    expect(answered.state.nodeId).toBe('name');
  });

  it('resumes the waiting node by its timeout port when node-timeout fires', async () => {
    const started = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    const timedOut = await step(started.state, { type: 'timer', name: 'node-timeout' }, services);
    expect(timedOut.outputs.map((m) => m.kind === 'text' && m.text)).toEqual(['Still there?', 'Name?']);
    expect(timedOut.state).toMatchObject({ nodeId: 'name', vars: { email: null } });
  });

  it('ignores a stale node-timeout once the node no longer has one', async () => {
    const started = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    const atName = await step(started.state, { type: 'message', text: 'a@b.co' }, services);
    const stale = await step(atName.state, { type: 'timer', name: 'node-timeout' }, services);
    expect(stale.state).toBe(atName.state);
    expect(stale.effects).toEqual([{ type: 'report', name: 'event.ignored', data: { event: 'timer', reason: 'no-node-timeout' } }]);
  });
});
