import { useQuery } from '@tanstack/react-query';
import { trpc } from '../api/trpc';
import { FlowView } from '../canvas/flow-view';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';

/** A draft flow on the read-only canvas. */
export function DraftPage({ flowId }: { flowId: string }) {
  const { t } = useI18n();
  const draft = useQuery(trpc.flows.getDraft.queryOptions({ flowId }));
  const catalog = useQuery(trpc.catalog.list.queryOptions());
  if (!draft.data || !catalog.data) {
    return <QueryState error={draft.error ?? catalog.error} onRetry={() => void draft.refetch()} />;
  }
  const { document, summary } = draft.data;
  return (
    <FlowView
      document={document}
      catalog={catalog.data}
      canvasKey={`${document.id}#${summary.revision}`}
      badges={<span className="badge badge--draft">{t('flow.draftBadge', { revision: summary.revision })}</span>}
    />
  );
}
