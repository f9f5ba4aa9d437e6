import { useI18n } from '../i18n/use-i18n';
import { Link } from '../routing/link';
import { kbHref } from '../routing/match-route';
import { formatCategoryPath } from './article-form';
import type { ArticleRow } from './kb-api';
import { StatusBadge } from './status-badge';

/** One line per article; the question opens the editor. */
export function ArticleTable({ kb, articles }: { kb: string; articles: ArticleRow[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <table className="table" data-testid="kb-article-list">
      <thead>
        <tr>
          <th>{t('kb.field.question')}</th>
          <th>{t('kb.field.category')}</th>
          <th>{t('kb.field.tags')}</th>
          <th>{t('kb.field.status')}</th>
          <th>{t('kb.col.updated')}</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id} data-testid={`kb-article-row-${article.id}`}>
            <td>
              <Link href={kbHref('kb-article', kb, article.id)} className="strong-link">
                {article.question}
              </Link>
              <div className="muted small">
                <code>{article.id}</code> · {t('kb.similarCount', { count: article.similar.length })}
              </div>
            </td>
            <td>{article.category.length ? formatCategoryPath(article.category) : <span className="muted">—</span>}</td>
            <td>
              {article.tags.map((tag) => (
                <span key={tag} className="tag tag--space">
                  {tag}
                </span>
              ))}
            </td>
            <td>
              <StatusBadge status={article.status} />
            </td>
            <td className="nowrap small">
              <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt)}</time>
              <div className="muted">{article.updatedBy}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
