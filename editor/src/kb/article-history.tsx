import { useQuery } from '@tanstack/react-query';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { changedFields, withStateAfter } from './article-changes';
import type { ArticleRow } from './kb-api';

/** Who changed the article, when, and which fields. */
export function ArticleHistory({ kb, article }: { kb: string; article: ArticleRow }) {
  const { t, formatDateTime } = useI18n();
  const history = useQuery(trpc.kb.articles.history.queryOptions({ kb, id: article.id }));
  if (!history.data) return <QueryState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <p className="muted">{t('kb.history.empty')}</p>;
  return (
    <table className="table table--dense" data-testid="kb-article-history">
      <thead>
        <tr>
          <th>{t('kb.history.revision')}</th>
          <th>{t('kb.history.when')}</th>
          <th>{t('kb.history.who')}</th>
          <th>{t('kb.history.what')}</th>
        </tr>
      </thead>
      <tbody>
        {withStateAfter(history.data, article).map(({ entry, after }) => {
          const fields = changedFields(entry.before, after);
          return (
            <tr key={`${entry.revision}-${entry.change}`}>
              <td>r{entry.revision}</td>
              <td className="nowrap">
                <time dateTime={entry.changedAt}>{formatDateTime(entry.changedAt)}</time>
              </td>
              <td>{entry.changedBy}</td>
              <td>
                <span className="badge">{t(`kb.history.change.${entry.change}`)}</span>{' '}
                {fields.map((name) => (
                  <span key={name} className="tag tag--space">
                    {t(`kb.field.${name}.short`)}
                  </span>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
