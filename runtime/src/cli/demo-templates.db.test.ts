import { describe, expect, it } from 'vitest';
import { useTestServices } from '../test-support/use-test-services.js';
import { DEMO_KNOWLEDGE_BASES, publishDemoTemplates } from './demo-templates.js';

describe('the demo', () => {
  const opened = useTestServices();

  it('imports the sample knowledge bases once, publishes every template, and answers from the KB', async () => {
    const services = opened.current;
    const first = await publishDemoTemplates(services.app);
    // The sample files' article counts (one JSON line each).
    expect(first.knowledgeBases).toEqual([
      { name: 'default', imported: 26 },
      { name: 'default-en', imported: 25 },
    ]);
    expect(first.flows.map((f) => f.id)).toEqual(expect.arrayContaining(['welcome-menu-en', 'faq-en', 'faq-zh', 'routing-en', 'satisfaction-survey-zh', 'escalation-en']));
    const bases = await services.app.kb.listBases();
    expect(bases.map((b) => [b.name, b.locale, b.articleCount])).toEqual(DEMO_KNOWLEDGE_BASES.map((kb, i) => [kb.name, kb.locale, first.knowledgeBases[i]!.imported]));

    // A maintainer's knowledge base is never overwritten by a second seed.
    const second = await publishDemoTemplates(services.app);
    expect(second.knowledgeBases.map((kb) => kb.imported)).toEqual([0, 0]);
    expect(second.version).toBe(first.version + 1);

    const started = await services.chat.startConversation({ locale: 'en' });
    await services.chat.postMessage(started.conversationId, started.token, { clientMessageId: 'm1', choiceId: 'question' });
    const reply = await services.chat.postMessage(started.conversationId, started.token, { clientMessageId: 'm2', text: 'How do I reset my password?' });
    expect(reply.messages[0]).toMatchObject({ kind: 'kb-answer', kb: 'default-en', articleId: 'account-password', feedback: true });
  });
});
