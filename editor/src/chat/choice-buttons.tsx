import type { ApiChoice } from './api-types';

interface ChoiceButtonsProps {
  choices: readonly ApiChoice[];
  /** Buttons are clickable only on the latest bot turn while the conversation goes on. */
  active: boolean;
  onChoice(choice: ApiChoice): void;
  /** Each button's test id is `${testIdPrefix}-${choice.id}`. */
  testIdPrefix: string;
}

/** A bot message's quick replies, as the widget and the editor's simulator draw them. */
export function ChoiceButtons({ choices, active, onChoice, testIdPrefix }: ChoiceButtonsProps) {
  if (choices.length === 0) return null;
  return (
    <div className="chat-choices">
      {choices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          className="chat-choice"
          disabled={!active}
          data-testid={`${testIdPrefix}-${choice.id}`}
          onClick={() => onChoice(choice)}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
