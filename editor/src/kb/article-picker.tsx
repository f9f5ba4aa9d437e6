import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { Modal } from '../layout/modal';

export interface PickedArticle {
  id: string;
  question: string;
}

interface ArticlePickerProps {
  kb: string;
  title: string;
  /** The search box starts with this (the group's typical question). */
  initialQuery: string;
  busy: boolean;
  error: string | null;
  onPick(article: PickedArticle): void;
  onClose(): void;
}

/** Find an article by its text and choose it. */
export function ArticlePicker({ kb, title, initialQuery, busy, error, onPick, onClose }: ArticlePickerProps) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  // The best candidates for the group's question come from retrieval; typed text searches the list.
  const typed = query.trim();
  const listed = useQuery({ ...trpc.kb.articles.list.queryOptions({ kb, text: typed, limit: 10 }), enabled: typed !== '', placeholderData: keepPreviousData });
  const suggested = useQuery(trpc.kb.search.queryOptions({ kb, query: initialQuery, top: 5 }));
  const candidates = typed
    ? (listed.data?.articles ?? []).map((article) => ({ id: article.id, question: article.question }))
    : (suggested.data?.hits ?? []);
  return (
    <Modal title={title} onClose={onClose} testId="kb-article-picker">
      <div className="form">
        {error && (
          <div className="notice notice--error" role="alert">
            {error}
          </div>
        )}
        <input
          className="input"
          type="search"
          autoFocus
          value={query}
          placeholder={t('kb.picker.search')}
          onChange={(event) => setQuery(event.target.value)}
          data-testid="kb-picker-search"
        />
        <div className="muted small">{typed ? t('kb.picker.matching') : t('kb.picker.suggested')}</div>
        {candidates.length === 0 ? (
          <p className="muted">{t('kb.picker.none')}</p>
        ) : (
          <ul className="plain-list kb-picker">
            {candidates.map((candidate) => (
              <li key={candidate.id} className="kb-picker__item">
                <span>
                  {candidate.question} <code className="muted small">{candidate.id}</code>
                </span>
                <button
                  type="button"
                  className="button button--small"
                  disabled={busy}
                  onClick={() => onPick({ id: candidate.id, question: candidate.question })}
                  data-testid={`kb-picker-choose-${candidate.id}`}
                >
                  {t('kb.picker.choose')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
