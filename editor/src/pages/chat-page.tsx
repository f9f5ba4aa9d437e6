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
        <p className="muted">{t('chat.intro')}</p>
        <ChatWidget chat={chat} />
      </div>
    </div>
  );
}
