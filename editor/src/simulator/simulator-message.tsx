import { ChoiceButtons } from '../chat/choice-buttons';
import { useI18n } from '../i18n/use-i18n';
import { RenderAnswer } from '../kb/render-answer';
import type { SimulatorMessage } from './simulator-log';

interface Props {
  message: SimulatorMessage;
  /** Buttons are clickable only on the latest bot turn while the conversation goes on. */
  choicesActive: boolean;
  onChoice(choice: { id: string; label: string }): void;
}

/** A bot message in the simulator, drawn like the chat widget's bubbles (answers from the knowledge base rendered as markdown, as the widget does). */
export function SimulatorMessageView({ message, choicesActive, onChoice }: Props) {
  const { t } = useI18n();
  const side = message.kind === 'system' ? 'system' : 'in';
  const choices = 'choices' in message ? (message.choices ?? []) : [];
  return (
    <li className={`chat-row chat-row--${side}`} data-testid="simulator-message" data-kind={message.kind}>
      <div className="chat-bubble">
        {message.kind === 'card' && <strong className="chat-bubble__title">{message.title}</strong>}
        {message.kind === 'kb-answer' ? (
          <RenderAnswer source={message.text} />
        ) : (
          'text' in message && message.text && <div className="chat-bubble__text">{message.text}</div>
        )}
        {message.kind === 'card' && message.url && <div className="muted small">{message.url}</div>}
        {message.kind === 'kb-answer' && <div className="muted small">{t('simulator.kbSource', { kb: message.kb })}</div>}
      </div>
      <ChoiceButtons choices={choices} active={choicesActive} onChoice={onChoice} testIdPrefix="simulator-choice" />
    </li>
  );
}
