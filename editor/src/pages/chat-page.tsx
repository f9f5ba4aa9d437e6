import { ChatWidget } from '../chat/chat-widget';
import '../chat/chat.css';
import { useChat } from '../chat/use-chat';
import { useI18n } from '../i18n/use-i18n';

/** "Try the bot": a real conversation through the public API, as a customer would have it. */
export function ChatPage() {
  const { locale, t } = useI18n();
  const chat = useChat(locale);
  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('chat.title')}</h1>
      </div>
      <div className="chat-page">
        <section className="card chat-about">
          <p className="muted">{t('chat.intro')}</p>
          <dl className="facts">
            <dt>{t('chat.language')}</dt>
            <dd>
              <span className="tag">{locale}</span>
            </dd>
            <dt>{t('chat.conversation')}</dt>
            <dd>
              <code data-testid="chat-conversation-id">{chat.conversationId ?? '—'}</code>
            </dd>
            <dt>{t('chat.messages')}</dt>
            <dd>{chat.state.messages.length}</dd>
          </dl>
          <p className="muted small">{t('chat.apiHint')}</p>
        </section>
        <ChatWidget chat={chat} />
      </div>
    </div>
  );
}
