import { describe, expect, it } from 'vitest';
import { wordOverlapIndex } from '../nodes/kb-answer/test-support/word-overlap-index.js';
import { MemoryKbRuntime } from './memory-kb-runtime.js';

const now = () => new Date('2025-06-01T00:00:00Z');
const runtime = () =>
  new MemoryKbRuntime({
    bases: {
      default: [
        { id: 'refund', question: 'How long does a refund take?', answer: 'Three days.' },
        { id: 'draft', question: 'How long does the secret sale last?', answer: 'Shh.', status: 'draft' },
        { id: 'expired', question: 'How long does the spring sale last?', answer: 'Over.', validTo: '2025-05-01T00:00:00Z' },
        { id: 'future', question: 'How long does the winter sale last?', answer: 'Soon.', validFrom: '2025-12-01' },
        { question: 'Do you ship abroad?', answer: 'Yes.' },
      ],
    },
    createIndex: wordOverlapIndex,
    now,
  });

describe('MemoryKbRuntime', () => {
  it('answers from published articles inside their validity window only', async () => {
    const kb = runtime();
    const result = await kb.search('default', 'how long does a sale last');
    expect(result.hits.map((h) => h.id)).toEqual(['refund']);
    expect(result.hits[0]?.question).toBe('How long does a refund take?');
    expect(await kb.article('default', 'refund')).toMatchObject({ answer: 'Three days.', kb: 'default' });
    for (const id of ['draft', 'expired', 'future']) expect(await kb.article('default', id)).toBeNull();
  });

  it('numbers articles without an id in file order', async () => {
    expect(await runtime().article('default', 'a5')).toMatchObject({ question: 'Do you ship abroad?' });
  });

  it('a decision without answerable hits is none', async () => {
    expect(await runtime().search('default', 'secret sale')).toMatchObject({ decision: 'none', hits: [] });
  });

  it('keeps unanswered questions, and logs a thumbs-down as one', async () => {
    const kb = runtime();
    const context = [{ from: 'bot' as const, text: 'Hi!' }];
    await kb.logUnanswered({ kb: 'default', question: 'opening hours?', reason: 'no-answer', context });
    await kb.recordFeedback({ kb: 'default', articleId: 'refund', rating: 'up', question: 'refund time', context });
    await kb.recordFeedback({ kb: 'default', articleId: 'refund', rating: 'down', question: 'refund time', conversationId: 'c1', context });
    expect(kb.feedback.map((f) => f.rating)).toEqual(['up', 'down']);
    expect(kb.unanswered).toEqual([
      { kb: 'default', question: 'opening hours?', reason: 'no-answer', context },
      { kb: 'default', question: 'refund time', reason: 'thumbs-down', articleId: 'refund', conversationId: 'c1', context },
    ]);
  });

  it('refuses a knowledge base it does not have', async () => {
    await expect(runtime().search('other', 'refund')).rejects.toThrow("There is no knowledge base 'other'");
  });
});
