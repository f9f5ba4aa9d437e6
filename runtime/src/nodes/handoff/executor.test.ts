import { describe, expect, it } from 'vitest';
import { initialState } from '../../engine/initial-state.js';
import { step } from '../../engine/step.js';
import { buildBundle, buildFlow, recordingLogger } from '../../engine/test-support/build-flow.js';
import type { HandoffRequest } from '../../engine/handoff-service.js';
import type { Services } from '../../engine/types.js';
import { describeFixtures } from '../test-support/describe-fixtures.js';

await describeFixtures(import.meta.url);

const flow = buildFlow(
  'f',
  [
    ['start', 'start'],
    ['handoff', 'handoff', { skillGroup: 'billing', queueTimeoutSeconds: 60 }],
    ['assigned', 'end'],
    ['none', 'end'],
    ['late', 'end'],
  ],
  [
    ['start', 'next', 'handoff'],
    ['handoff', 'assigned', 'assigned'],
    ['handoff', 'no-agent', 'none'],
    ['handoff', 'timeout', 'late'],
  ],
);

describe('handoff executor', () => {
  it('asks the service for the skill group and reports the request as an effect', async () => {
    const requests: HandoffRequest[] = [];
    const services: Services = {
      bundle: buildBundle([flow]),
      now: () => new Date(0),
      logger: recordingLogger(),
      conversationId: 'c1',
      handoff: { request: async (input) => (requests.push(input), 'no-agent') },
    };
    const result = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    expect(requests).toEqual([{ skillGroup: 'billing', conversationId: 'c1' }]);
    expect(result.effects).toContainEqual({ type: 'handoff.requested', skillGroup: 'billing', outcome: 'no-agent' });
    expect(result.state.status).toBe('ended');
  });

  it('without a handoff service nobody is online', async () => {
    const services: Services = { bundle: buildBundle([flow]), now: () => new Date(0), logger: recordingLogger() };
    const result = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    expect(result.effects).toContainEqual({ type: 'handoff.requested', skillGroup: 'billing', outcome: 'no-agent' });
  });

  it('a message while queued re-arms the queue timer with the time left, not the full timeout', async () => {
    let clock = 1_000_000;
    const services: Services = {
      bundle: buildBundle([flow]),
      now: () => new Date(clock),
      logger: recordingLogger(),
      handoff: { request: async () => 'queued' },
    };
    const queued = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    expect(queued.effects).toContainEqual({ type: 'timer.set', name: 'node-timeout', dueInSeconds: 60 });
    clock += 25_000;
    const waiting = await step(queued.state, { type: 'message', text: 'hello?' }, services);
    expect(waiting.effects).toContainEqual({ type: 'timer.set', name: 'node-timeout', dueInSeconds: 35 });
    const late = await step(waiting.state, { type: 'timer', name: 'node-timeout' }, services);
    expect(late.effects).toContainEqual({ type: 'handoff.cancelled', skillGroup: 'billing', reason: 'timeout' });
    expect(late.state.status).toBe('ended');
  });
});
