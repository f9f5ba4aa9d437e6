import { describe, expect, it } from 'vitest';
import { initialState } from '../../engine/initial-state.js';
import { step } from '../../engine/step.js';
import { buildBundle, buildFlow, recordingLogger } from '../../engine/test-support/build-flow.js';
import type { Services } from '../../engine/types.js';
import { MemoryKbRuntime } from '../../kb/memory-kb-runtime.js';
import { describeFixtures } from '../test-support/describe-fixtures.js';
import { wordOverlapIndex } from './test-support/word-overlap-index.js';

await describeFixtures(import.meta.url, { createKbIndex: wordOverlapIndex });

const flow = (config: Record<string, unknown>) =>
  buildFlow(
    'f',
    [
      ['start', 'start'],
      ['ask', 'ask', { prompt: 'Question?', variable: 'q', validation: { kind: 'text' } }],
      ['kb', 'kb-answer', config],
      ['done', 'end'],
    ],
    [
      ['start', 'next', 'ask'],
      ['ask', 'answered', 'kb'],
      ['kb', 'answered', 'done'],
      ['kb', 'suggested', 'done'],
      ['kb', 'no-answer', 'done'],
    ],
    { variables: [{ name: 'q', type: 'string' }] },
  );

async function converse(config: Record<string, unknown>, kb: MemoryKbRuntime | undefined, ...texts: string[]) {
  const services: Services = {
    bundle: buildBundle([flow(config)]),
    now: () => new Date(0),
    logger: recordingLogger(),
    conversationId: 'c1',
    recentMessages: async (limit) => [{ from: 'bot' as const, text: 'Question?' }].slice(-limit),
    ...(kb ? { kb } : {}),
  };
  let result = await step(initialState(services.bundle, { bundleVersion: 1 }), { type: 'start' }, services);
  for (const text of texts) result = await step(result.state, { type: 'message', text }, services);
  return result;
}

const memoryKb = () =>
  new MemoryKbRuntime({
    bases: { default: [{ id: 'refund', question: 'How long does a refund take?', answer: 'Three **days**.' }] },
    createIndex: wordOverlapIndex,
  });

describe('kb-answer executor', () => {
  it('logs a question without an answer, with the conversation and the messages before it, as an effect', async () => {
    const result = await converse({}, memoryKb(), 'opening hours');
    expect(result.effects).toContainEqual({
      type: 'kb.unanswered',
      entry: { kb: 'default', question: 'opening hours', reason: 'no-answer', conversationId: 'c1', context: [{ from: 'bot', text: 'Question?' }] },
    });
  });

  it('logs nothing when logUnanswered is off', async () => {
    const result = await converse({ logUnanswered: false }, memoryKb(), 'opening hours');
    expect(result.effects.filter((e) => e.type === 'kb.unanswered')).toEqual([]);
  });

  it('"none of these" logs the original question', async () => {
    const offered = await converse({}, memoryKb(), 'refund please');
    expect(offered.outputs.at(-1)).toMatchObject({ kind: 'choices', choices: [{ id: 's1' }, { id: 'none', label: 'None of these' }] });
    expect(offered.effects.filter((e) => e.type === 'kb.unanswered')).toEqual([]);
    const rejected = await step(offered.state, { type: 'choice', choiceId: 'none', text: 'None of these' }, {
      bundle: buildBundle([flow({})]),
      now: () => new Date(0),
      logger: recordingLogger(),
      kb: memoryKb(),
    });
    expect(rejected.effects).toContainEqual(expect.objectContaining({ type: 'kb.unanswered', entry: expect.objectContaining({ question: 'refund please' }) }));
  });

  it('answers with a kb-answer message the widget can rate, searching the expression given', async () => {
    const result = await converse({ query: "'how long does a refund take'" }, memoryKb(), 'anything');
    expect(result.outputs).toContainEqual({
      kind: 'kb-answer',
      text: 'Three **days**.',
      kb: 'default',
      articleId: 'refund',
      question: 'how long does a refund take',
      feedback: true,
    });
  });

  it('without a knowledge base the node fails instead of claiming there is no answer', async () => {
    const result = await converse({}, undefined, 'refund');
    expect(result.effects).toContainEqual({ type: 'report', name: 'node.failed', data: { flowId: 'f', nodeId: 'kb', nodeType: 'kb-answer' } });
  });
});
