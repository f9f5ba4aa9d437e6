import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { RenderAnswer } from '../kb/render-answer';
import type { ApiMessage, Rating } from './api-types';
import { answeredUpTo } from './chat-state';
import { ChoiceButtons } from './choice-buttons';
import type { Chat } from './use-chat';

/**
 * A thumb drawn as SVG: emoji depend on the customer's fonts (many kiosk and Linux
 * browsers have none and show an empty box). Pointing down is the same path turned over.
 */
function ThumbIcon({ down }: { down: boolean }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" style={down ? { transform: 'rotate(180deg)' } : undefined}>
      <path
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
        d="M7 10v11H3V10h4zm0 0 4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.1 21H7"
      />
    </svg>
  );
}

/** 👍/👎 under an answer from the knowledge base; once rated, the chosen one stays pressed. */
function AnswerFeedback({ seq, rating, onRate }: { seq: number; rating: Rating | undefined; onRate(rating: Rating): void }) {
  const { t } = useI18n();
  return (
    <div className="chat-feedback" role="group" aria-label={t('chat.feedback.question')}>
      <span className="chat-feedback__label">{rating ? t('chat.feedback.thanks') : t('chat.feedback.question')}</span>
      {(['up', 'down'] as const).map((value) => (
        <button
          key={value}
          type="button"
          className={rating === value ? 'chat-feedback__button chat-feedback__button--chosen' : 'chat-feedback__button'}
          aria-pressed={rating === value}
          aria-label={t(value === 'up' ? 'chat.feedback.up' : 'chat.feedback.down')}
          title={t(value === 'up' ? 'chat.feedback.up' : 'chat.feedback.down')}
          disabled={rating !== undefined}
          data-testid={`chat-feedback-${value}-${seq}`}
          onClick={() => onRate(value)}
        >
          <ThumbIcon down={value === 'down'} />
        </button>
      ))}
    </div>
  );
}

function Bubble({
  message,
  choicesActive,
  onChoice,
  rating,
  onRate,
}: {
  message: ApiMessage;
  choicesActive: boolean;
  onChoice(choice: { id: string; label: string }): void;
  rating: Rating | undefined;
  onRate(rating: Rating): void;
}) {
  const { t } = useI18n();
  const side = message.role === 'customer' ? 'out' : message.role === 'system' ? 'system' : 'in';
  const who = message.role === 'customer' ? t('chat.you') : message.role === 'agent' ? t('chat.agent') : t('chat.bot');
  return (
    <li className={`chat-row chat-row--${side}`} data-testid="chat-message" data-role={message.role} data-seq={message.seq}>
      {side !== 'system' && <span className="visually-hidden">{who}: </span>}
      <div className="chat-bubble">
        {message.title && message.title !== message.text && <strong className="chat-bubble__title">{message.title}</strong>}
        {message.kind === 'kb-answer' ? <RenderAnswer source={message.text} /> : <div className="chat-bubble__text">{message.text}</div>}
        {message.url && (
          <a href={message.url} target="_blank" rel="noreferrer noopener">
            {message.url}
          </a>
        )}
      </div>
      {message.kind === 'kb-answer' && message.feedback && <AnswerFeedback seq={message.seq} rating={rating} onRate={onRate} />}
      <ChoiceButtons choices={message.choices ?? []} active={choicesActive} onChoice={onChoice} testIdPrefix="chat-choice" />
    </li>
  );
}

/** The customer's view of a conversation: transcript, quick replies and the input box. */
export function ChatWidget({ chat }: { chat: Chat }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const { messages, echoes, status } = chat.state;
  const answered = answeredUpTo(messages, echoes);
  const ended = status === 'ended';

  useEffect(() => {
    listRef.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [messages.length, echoes.length]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = draft.trim();
    if (!text || ended) return;
    chat.send({ text });
    setDraft('');
  };

  const connectionLabel =
    chat.connection === 'starting' ? t('chat.starting') : chat.connection === 'reconnecting' ? t('chat.reconnecting') : null;

  return (
    <div className="chat-widget">
      <div className="chat-widget__head">
        <span className="chat-avatar" aria-hidden="true">
          客
        </span>
        <div className="chat-widget__who">
          <strong>{t('chat.bot')}</strong>
          <span className={chat.connection === 'live' ? 'chat-dot chat-dot--live' : 'chat-dot'}>
            {chat.connection === 'live' ? t('chat.live') : (connectionLabel ?? '')}
          </span>
        </div>
        <button type="button" className="button button--small" onClick={chat.restart}>
          {t('chat.restart')}
        </button>
      </div>
      <ol className="chat-log" ref={listRef} aria-live="polite">
        {messages.map((message) => (
          <Bubble
            key={message.seq}
            message={message}
            choicesActive={!ended && message.seq > answered}
            onChoice={(choice) => chat.send({ text: choice.label, choiceId: choice.id })}
            rating={chat.ratings[message.seq] ?? message.rating}
            onRate={(rating) => chat.rate(message.seq, rating)}
          />
        ))}
        {echoes.map((echo) => (
          <li key={echo.clientKey} className="chat-row chat-row--out chat-row--pending" data-testid="chat-message" data-role="customer">
            <div className="chat-bubble">
              <div className="chat-bubble__text">{echo.text}</div>
            </div>
            {echo.failed && <div className="chat-error">{t('chat.failed', { message: echo.failed })}</div>}
          </li>
        ))}
        {ended && <li className="chat-row chat-row--system chat-ended">{t('chat.ended')}</li>}
      </ol>
      {chat.error && (
        <div className="notice notice--error chat-notice" role="alert">
          {t('common.error', { message: chat.error })}
        </div>
      )}
      <form className="chat-input" onSubmit={submit}>
        <input
          data-testid="chat-input"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t('chat.placeholder')}
          disabled={ended || chat.connection === 'starting'}
          maxLength={4000}
          autoComplete="off"
        />
        <button type="submit" className="button button--primary" data-testid="chat-send" disabled={ended || !draft.trim()}>
          {t('chat.send')}
        </button>
      </form>
    </div>
  );
}
