import { useI18n } from '../i18n/use-i18n';
import { ArticleList } from '../kb/article-list';
import { KbLayout } from '../kb/kb-layout';
import { Link } from '../routing/link';
import { kbHref } from '../routing/match-route';
import { useMe } from '../session/use-me';

/** The articles of a knowledge base: search, filter, page, open one or start a new one. */
export function KbArticlesPage({ kb }: { kb: string | null }) {
  const { t } = useI18n();
  const canEdit = useMe().can('kb.edit');
  return (
    <KbLayout kb={kb} page="kb-articles">
      {(base) => (
        <>
          <div className="kb__bar">
            <p className="muted">{t('kb.articles.intro', { count: base.articleCount })}</p>
            <span className="page__head-spacer" />
            {canEdit && (
              <Link href={kbHref('kb-article', base.name, null)} className="button button--primary" data-testid="kb-article-new">
                {t('kb.article.new')}
              </Link>
            )}
          </div>
          <ArticleList key={base.name} kb={base.name} />
        </>
      )}
    </KbLayout>
  );
}
