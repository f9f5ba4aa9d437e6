import { useQuery } from '@tanstack/react-query';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { FlowTable } from './flow-table';
import { CompareWithCurrent } from '../publish/compare-with-current';
import { Link } from '../routing/link';

/** One version's details and the flows it holds, each opening on the canvas at that version. */
export function VersionPage({ version }: { version: number }) {
  const { t, formatDateTime } = useI18n();
  const query = useQuery(trpc.versions.get.queryOptions({ version }));
  const list = useQuery(trpc.versions.list.queryOptions());
  if (!query.data) return <QueryState error={query.error} onRetry={() => void query.refetch()} />;
  const { summary, flows } = query.data;
  const current = list.data?.find((entry) => entry.isCurrent);
  // Flows of either version: one removed since, or added since, can be compared too.
  const flowIds = [...new Set([...flows.map((flow) => flow.id), ...(current?.flows.map((flow) => flow.id) ?? [])])].sort();
  return (
    <div className="page">
      <Link href="/versions" className="back-link">
        {t('version.back')}
      </Link>
      <div className="page__head">
        <h1>{t('version.title', { version })}</h1>
        {summary.isCurrent && <span className="badge badge--current">{t('common.current')}</span>}
      </div>
      <dl className="facts facts--inline card">
        <dt>{t('versions.col.message')}</dt>
        <dd>{summary.message}</dd>
        <dt>{t('versions.col.author')}</dt>
        <dd>{summary.author}</dd>
        <dt>{t('versions.col.time')}</dt>
        <dd>{formatDateTime(summary.createdAt)}</dd>
        <dt>{t('versions.col.hash')}</dt>
        <dd>
          <code>{summary.hash}</code>
        </dd>
        {summary.rolledBackFrom !== null && (
          <>
            <dt />
            <dd>{t('versions.rolledBackFrom', { version: summary.rolledBackFrom })}</dd>
          </>
        )}
      </dl>
      <section className="card">
        <h2 className="card__title">{t('version.flows')}</h2>
        <FlowTable flows={flows} version={version} />
      </section>
      {current && !summary.isCurrent && <CompareWithCurrent version={version} current={current.version} flowIds={flowIds} />}
      {summary.isCurrent && <p className="muted small">{t('version.isCurrent')}</p>}
    </div>
  );
}
