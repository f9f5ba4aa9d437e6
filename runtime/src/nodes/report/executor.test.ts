import { describe, expect, it } from 'vitest';
import { initialState } from '../../engine/initial-state.js';
import { step } from '../../engine/step.js';
import { buildBundle, buildFlow, recordingLogger } from '../../engine/test-support/build-flow.js';
import type { Services } from '../../engine/types.js';
import { describeFixtures } from '../test-support/describe-fixtures.js';

await describeFixtures(import.meta.url);

describe('report executor', () => {
  it('emits a report effect with the evaluated values', async () => {
    const flow = buildFlow(
      'f',
      [
        ['start', 'start'],
        ['report', 'report', { name: 'csat', data: [{ key: 'score', value: 'vars.score' }, { key: 'good', value: 'vars.score >= 4' }] }],
        ['done', 'end'],
      ],
      [
        ['start', 'next', 'report'],
        ['report', 'next', 'done'],
      ],
      { variables: [{ name: 'score', type: 'number', default: 5 }] },
    );
    const services: Services = { bundle: buildBundle([flow]), now: () => new Date(0), logger: recordingLogger() };
    const result = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
    expect(result.effects).toContainEqual({ type: 'report', name: 'csat', data: { score: 5, good: true } });
  });
});
