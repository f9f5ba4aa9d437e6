import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { ArticleFilters, type ArticleFilter } from './article-filters';
import { ArticleTable } from './article-table';

export const PAGE_SIZE = 50;

/** The filtered, paged article list with the number of articles per status. */
export function ArticleList({ kb }: { kb: string }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<ArticleFilter>({});
  const [offset, setOffset] = useState(0);
  const articles = useQuery({ ...trpc.kb.articles.list.queryOptions({ kb, ...filter, offset, limit: PAGE_SIZE }), placeholderData: keepPreviousData });
  // Counts per status: the same filter without the status, one article each (only `total` is read).
  const counts = useQueries({
    queries: [undefined, 'published', 'draft'].map((status) =>
      trpc.kb.articles.list.queryOptions({ kb, ...filter, status: status === 'published' || status === 'draft' ? status : undefined, limit: 1 }),
    ),
  });
  const [all, published, draft] = counts.map((count) => count.data?.total);
  const applyFilter = (next: ArticleFilter) => {
    setFilter(next);
    setOffset(0);
  };

  return (
    <>
      <section className="card">
        <ArticleFilters kb={kb} filter={filter} onChange={applyFilter} />
        <div className="kb__counts muted small" data-testid="kb-status-counts">
          {t('kb.counts', { all: all ?? '…', published: published ?? '…', draft: draft ?? '…' })}
        </div>
      </section>
      {!articles.data ? (
        <QueryState error={articles.error} onRetry={() => void articles.refetch()} />
      ) : (
        <section className="card card--flush">
          {articles.data.articles.length === 0 ? (
            <p className="muted card__empty">{t('kb.articles.empty')}</p>
          ) : (
            <ArticleTable kb={kb} articles={articles.data.articles} />
          )}
          {articles.data.total > PAGE_SIZE && (
            <div className="card__foot kb__pager">
              <button type="button" className="button button--small" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                {t('kb.page.previous')}
              </button>
              <span className="muted small">
                {t('kb.page.range', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, articles.data.total), total: articles.data.total })}
              </span>
              <button
                type="button"
                className="button button--small"
                disabled={offset + PAGE_SIZE >= articles.data.total}
                onClick={() => setOffset(offset + PAGE_SIZE)}
                data-testid="kb-page-next"
              >
                {t('kb.page.next')}
              </button>
            </div>
          )}
        </section>
      )}
    </>
  );
}
