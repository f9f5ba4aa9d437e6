import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { ConfirmDialog } from '../layout/confirm-dialog';
import { FormField } from '../layout/form-field';
import { toArticleForm, toArticleInput, type ArticleForm, type ArticleLocale } from './article-form';
import { describeKbError } from './describe-kb-error';
import type { ArticleRow } from './kb-api';
import { LocaleSelect } from './locale-select';
import { RenderAnswer } from './render-answer';
import { SimilarQuestions } from './similar-questions';

interface ArticleEditorProps {
  kb: string;
  locale: ArticleLocale;
  /** Null for a new article. */
  article: ArticleRow | null;
  /** Question and similar questions to start a new article with (from the unanswered queue). */
  prefill?: Partial<Pick<ArticleForm, 'question' | 'similar'>>;
  readOnly: boolean;
  onSaved(article: ArticleRow): void;
  onDeleted(): void;
}

/** Every field of an article, the answer with a live preview; save guarded by the revision. */
export function ArticleEditor({ kb, locale, article, prefill, readOnly, onSaved, onDeleted }: ArticleEditorProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<ArticleForm>(() => ({ ...toArticleForm(article, locale), ...prefill }));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.kb.pathKey() });
  const save = useMutation(
    trpc.kb.articles.save.mutationOptions({
      onSuccess: async (saved) => {
        await invalidate();
        onSaved(saved);
      },
    }),
  );
  const remove = useMutation(
    trpc.kb.articles.delete.mutationOptions({
      onSuccess: async () => {
        setConfirmDelete(false);
        await invalidate();
        onDeleted();
      },
      onError: () => setConfirmDelete(false),
    }),
  );
  const set = <Key extends keyof ArticleForm>(key: Key, value: ArticleForm[Key]) => setForm((current) => ({ ...current, [key]: value }));
  const text = (key: 'id' | 'question' | 'category' | 'tags' | 'validFrom' | 'validTo') => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ kb, article: toArticleInput(form), expectedRevision: article?.revision ?? null });
  };
  const failure = save.error ?? remove.error;
  const problem = failure ? describeKbError(failure) : null;

  return (
    <form className="form kb-editor" onSubmit={submit} data-testid="kb-article-editor">
      {problem && (
        <div className="notice notice--error" role="alert" data-testid="kb-article-error">
          {problem.conflict ? t('kb.article.conflict') : problem.text}
        </div>
      )}
      <fieldset className="kb-editor__grid" disabled={readOnly || save.isPending}>
        <div className="kb-editor__main">
          <FormField label={t('kb.field.question')} testId="kb-article-question" required maxLength={500} {...text('question')} />
          <SimilarQuestions value={form.similar} onChange={(similar) => set('similar', similar)} />
          <div className="field">
            <label className="field__label" htmlFor="kb-article-answer">
              {t('kb.field.answer')}
            </label>
            <div className="kb-editor__answer">
              <textarea
                id="kb-article-answer"
                className="input"
                rows={10}
                required
                value={form.answer}
                onChange={(event) => set('answer', event.target.value)}
                data-testid="kb-article-answer"
              />
              <div className="kb-editor__preview">
                <div className="muted small">{t('kb.article.preview')}</div>
                <RenderAnswer source={form.answer} testId="kb-article-preview" />
              </div>
            </div>
            <div className="field__hint muted small">{t('kb.article.answerHint')}</div>
          </div>
        </div>
        <div className="kb-editor__side">
          <FormField label={t('kb.field.id')} hint={t('kb.article.idHint')} testId="kb-article-id" disabled={article !== null} maxLength={128} {...text('id')} />
          <FormField label={t('kb.field.category')} hint={t('kb.article.categoryHint')} testId="kb-article-category" {...text('category')} />
          <FormField label={t('kb.field.tags')} hint={t('kb.article.tagsHint')} testId="kb-article-tags" {...text('tags')} />
          <div className="field">
            <label className="field__label" htmlFor="kb-article-status">
              {t('kb.field.status')}
            </label>
            <select
              id="kb-article-status"
              className="input"
              value={form.status}
              onChange={(event) => set('status', event.target.value === 'published' ? 'published' : 'draft')}
              data-testid="kb-article-status"
            >
              <option value="draft">{t('kb.status.draft')}</option>
              <option value="published">{t('kb.status.published')}</option>
            </select>
          </div>
          <FormField label={t('kb.field.validFrom')} type="datetime-local" testId="kb-article-valid-from" {...text('validFrom')} />
          <FormField label={t('kb.field.validTo')} type="datetime-local" hint={t('kb.article.validHint')} testId="kb-article-valid-to" {...text('validTo')} />
          <LocaleSelect id="kb-article-locale" value={form.locale} onChange={(value) => set('locale', value)} testId="kb-article-locale" />
        </div>
      </fieldset>
      {!readOnly && (
        <div className="kb-editor__actions">
          {article && (
            <button type="button" className="button button--danger-outline" onClick={() => setConfirmDelete(true)} data-testid="kb-article-delete">
              {t('kb.article.delete')}
            </button>
          )}
          <span className="page__head-spacer" />
          <button type="submit" className="button button--primary" disabled={save.isPending} data-testid="kb-article-save">
            {save.isPending ? t('kb.article.saving') : t('kb.article.save')}
          </button>
        </div>
      )}
      {confirmDelete && article && (
        <ConfirmDialog
          title={t('kb.article.deleteTitle', { question: article.question })}
          body={t('kb.article.deleteBody')}
          confirmLabel={t('kb.article.delete')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate({ kb, id: article.id })}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
    </form>
  );
}
