import { useQuery } from '@tanstack/react-query';
import { trpc } from '../api/trpc';
import { FlowView } from '../canvas/flow-view';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';

/** A published flow, from the current version or the one in `?version=`. */
export function FlowPage({ flowId, version }: { flowId: string; version: number | null }) {
  const { t } = useI18n();
  const flow = useQuery(trpc.flows.get.queryOptions(version === null ? { flowId } : { flowId, version }));
  const catalog = useQuery(trpc.catalog.list.queryOptions());
  if (!flow.data || !catalog.data) {
    return <QueryState error={flow.error ?? catalog.error} onRetry={() => void flow.refetch()} />;
  }
  const { document, isCurrent } = flow.data;
  return (
    <FlowView
      document={document}
      catalog={catalog.data}
      canvasKey={`${document.id}@${flow.data.version}`}
      badges={
        <>
          <span className={isCurrent ? 'badge badge--current' : 'badge'}>
            {t('flow.versionBadge', { version: flow.data.version })}
          </span>
          {!isCurrent && <span className="badge badge--warning">{t('flow.notCurrent')}</span>}
        </>
      }
    />
  );
}
