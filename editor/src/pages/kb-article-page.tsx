import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { ArticleEditor } from '../kb/article-editor';
import { ArticleHistory } from '../kb/article-history';
import { KbLayout } from '../kb/kb-layout';
import type { KnowledgeBaseRow } from '../kb/kb-api';
import { Link } from '../routing/link';
import { kbHref } from '../routing/match-route';
import { navigate, replace } from '../routing/router-state';
import { useMe } from '../session/use-me';

function ExistingArticle({ base, articleId }: { base: KnowledgeBaseRow; articleId: string }) {
  const { t } = useI18n();
  const canEdit = useMe().can('kb.edit');
  const article = useQuery(trpc.kb.articles.get.queryOptions({ kb: base.name, id: articleId }));
  const [saved, setSaved] = useState(false);
  if (!article.data) return <QueryState error={article.error} onRetry={() => void article.refetch()} />;
  return (
    <>
      <h2 className="kb__subtitle">
        {article.data.question} <span className="muted small">r{article.data.revision}</span>
      </h2>
      {saved && (
        <div className="notice notice--success" role="status" data-testid="kb-article-saved">
          {t('kb.article.saved')}
        </div>
      )}
      <section className="card">
        <ArticleEditor
          key={article.data.revision}
          kb={base.name}
          locale={base.locale}
          article={article.data}
          readOnly={!canEdit}
          onSaved={() => setSaved(true)}
          onDeleted={() => navigate(kbHref('kb-articles', base.name))}
        />
      </section>
      <section className="card">
        <h2 className="card__title">{t('kb.history.title')}</h2>
        <ArticleHistory kb={base.name} article={article.data} />
      </section>
    </>
  );
}

function NewArticle({ base }: { base: KnowledgeBaseRow }) {
  const { t } = useI18n();
  return (
    <>
      <h2 className="kb__subtitle">{t('kb.article.new')}</h2>
      <section className="card">
        <ArticleEditor
          kb={base.name}
          locale={base.locale}
          article={null}
          readOnly={false}
          onSaved={(created) => replace(kbHref('kb-article', base.name, created.id))}
          onDeleted={() => undefined}
        />
      </section>
    </>
  );
}

/** One article: edit it (or create one), and see its history. */
export function KbArticlePage({ kb, articleId }: { kb: string | null; articleId: string | null }) {
  const { t } = useI18n();
  return (
    <KbLayout kb={kb} page="kb-article">
      {(base) => (
        <>
          <Link href={kbHref('kb-articles', base.name)} className="back-link">
            {t('kb.article.back')}
          </Link>
          {articleId === null ? <NewArticle base={base} /> : <ExistingArticle key={articleId} base={base} articleId={articleId} />}
        </>
      )}
    </KbLayout>
  );
}
