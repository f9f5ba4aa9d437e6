import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { splitLines, uniqueTrimmed } from './article-form';

interface SimilarQuestionsProps {
  value: string[];
  onChange(value: string[]): void;
  disabled?: boolean;
}

/** The phrasings customers use: remove one by one, add one, or paste many lines at once. */
export function SimilarQuestions({ value, onChange, disabled = false }: SimilarQuestionsProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const add = () => {
    onChange(uniqueTrimmed([...value, ...splitLines(draft)]));
    setDraft('');
  };
  return (
    <fieldset className="field kb-similar" disabled={disabled}>
      <legend className="field__label">{t('kb.field.similar', { count: value.length })}</legend>
      {value.length > 0 && (
        <ul className="kb-similar__list" data-testid="kb-similar-list">
          {value.map((question, index) => (
            <li key={question} className="kb-similar__item">
              <span>{question}</span>
              <button type="button" className="link-button" onClick={() => onChange(value.filter((_, at) => at !== index))} aria-label={t('kb.similar.remove', { question })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <textarea
        className="input kb-similar__add"
        rows={2}
        value={draft}
        placeholder={t('kb.similar.placeholder')}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          // Enter adds; Shift+Enter (or a paste) keeps several lines to add at once.
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            add();
          }
        }}
        data-testid="kb-similar-input"
      />
      <div className="kb-similar__actions">
        <button type="button" className="button button--small" onClick={add} disabled={!draft.trim()} data-testid="kb-similar-add">
          {t('kb.similar.add', { count: splitLines(draft).length })}
        </button>
        <span className="muted small">{t('kb.similar.hint')}</span>
      </div>
    </fieldset>
  );
}
