import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { FormField } from '../layout/form-field';
import { Modal } from '../layout/modal';
import { uniqueTrimmed } from './article-form';
import { SimilarQuestions } from './similar-questions';

export interface NewArticle {
  question: string;
  similar: string[];
  answer: string;
  status: 'draft' | 'published';
}

interface CreateArticleDialogProps {
  question: string;
  similar: string[];
  busy: boolean;
  error: string | null;
  onSubmit(article: NewArticle): void;
  onClose(): void;
}

/** A new article from an unanswered group, prefilled with its questions; only the answer is left to write. */
export function CreateArticleDialog({ question: initialQuestion, similar: initialSimilar, busy, error, onSubmit, onClose }: CreateArticleDialogProps) {
  const { t } = useI18n();
  const [question, setQuestion] = useState(initialQuestion);
  const [similar, setSimilar] = useState(initialSimilar);
  const [answer, setAnswer] = useState('');
  const [publish, setPublish] = useState(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ question: question.trim(), similar: uniqueTrimmed(similar), answer, status: publish ? 'published' : 'draft' });
  };
  return (
    <Modal title={t('kb.unanswered.createArticle')} onClose={onClose} testId="kb-create-article-dialog">
      <form className="form kb-create" onSubmit={submit}>
        {error && (
          <div className="notice notice--error" role="alert">
            {error}
          </div>
        )}
        <FormField label={t('kb.field.question')} testId="kb-create-question" required value={question} onChange={(event) => setQuestion(event.target.value)} />
        <SimilarQuestions value={similar} onChange={setSimilar} />
        <div className="field">
          <label className="field__label" htmlFor="kb-create-answer">
            {t('kb.field.answer')}
          </label>
          <textarea id="kb-create-answer" className="input" rows={5} required value={answer} onChange={(event) => setAnswer(event.target.value)} data-testid="kb-create-answer" />
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={publish} onChange={(event) => setPublish(event.target.checked)} />
          <span>{t('kb.unanswered.publishNow')}</span>
        </label>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="kb-create-submit">
            {t('kb.unanswered.createArticle')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
