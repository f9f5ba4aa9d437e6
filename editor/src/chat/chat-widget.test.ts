import type { Locale } from '@kefu/schemas';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nContext, type I18n } from '../i18n/i18n-provider';
import { translate } from '../i18n/translate';
import type { ApiMessage, Rating } from './api-types';
import { ChatWidget } from './chat-widget';
import type { Chat } from './use-chat';

const answer: ApiMessage = {
  id: 'm2',
  seq: 2,
  role: 'bot',
  kind: 'kb-answer',
  text: '退款审核通过后会原路退回：\n\n- **花呗**：1–3 个工作日',
  kb: 'default',
  articleId: 'refund-time',
  question: '钱什么时候退回来',
  feedback: true,
  createdAt: '2025-01-01T00:00:00.000Z',
};

/** A 👍/👎 button that can no longer be pressed. */
const FEEDBACK_DISABLED = /<button[^>]*class="chat-feedback__button[^"]*"[^>]*disabled=""/g;

function render(messages: ApiMessage[], ratings: Record<number, Rating> = {}, locale: Locale = 'zh-CN'): string {
  const i18n: I18n = { locale, setLocale: () => undefined, t: (key, params) => translate(locale, key, params), formatDateTime: (iso) => iso };
  const chat: Chat = {
    conversationId: 'c1',
    state: { messages, echoes: [], status: 'active' },
    connection: 'live',
    error: null,
    send: () => undefined,
    ratings,
    rate: () => undefined,
    restart: () => undefined,
  };
  return renderToStaticMarkup(createElement(I18nContext.Provider, { value: i18n }, createElement(ChatWidget, { chat })));
}

describe('chat widget', () => {
  it('renders an answer from the knowledge base as formatted text with 👍/👎', () => {
    const html = render([answer]);
    expect(html).toContain('<ul><li><strong>花呗</strong>：1–3 个工作日</li></ul>');
    expect(html).toContain('这个回答有帮助吗？');
    expect(html).toMatch(/data-testid="chat-feedback-up-2"/);
    expect(html).toMatch(/data-testid="chat-feedback-down-2"/);
    expect(html.match(FEEDBACK_DISABLED)).toBeNull();
  });

  it('shows a stored or given rating as chosen and final', () => {
    for (const html of [render([{ ...answer, rating: 'down' }]), render([answer], { 2: 'down' })]) {
      expect(html).toContain('感谢您的反馈！');
      expect(html).toMatch(/aria-pressed="true"[^>]*data-testid="chat-feedback-down-2"/);
      expect(html.match(FEEDBACK_DISABLED)).toHaveLength(2);
    }
  });

  it('offers no rating on ordinary messages, and shows their text as it is', () => {
    const html = render([{ ...answer, kind: 'text', feedback: undefined, text: '**not bold**' }], {}, 'en');
    expect(html).toContain('**not bold**');
    expect(html).not.toContain('chat-feedback');
  });
});
