import { useMutation, useQuery } from '@tanstack/react-query';
import { trpcCodeOf } from '../api/auth-problems';
import { trpc } from '../api/trpc';
import { FlowView } from '../canvas/flow-view';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { navigate } from '../routing/router-state';
import { useMe } from '../session/use-me';

/** "Edit": opens the flow's draft, made from the current version unless one exists (then that one opens). */
function EditButton({ flowId }: { flowId: string }) {
  const { t } = useI18n();
  const open = () => navigate(`/drafts/${encodeURIComponent(flowId)}`);
  const edit = useMutation(
    trpc.drafts.create.mutationOptions({ onSuccess: open, onError: (error) => trpcCodeOf(error) === 'CONFLICT' && open() }),
  );
  return (
    <>
      <button type="button" className="button button--small button--primary" onClick={() => edit.mutate({ from: 'version', flowId })} disabled={edit.isPending} data-testid="flow-edit">
        {t('editing.edit')}
      </button>
      {edit.error && trpcCodeOf(edit.error) !== 'CONFLICT' && <span className="notice notice--error small">{edit.error.message}</span>}
    </>
  );
}

/** A published flow, from the current version or the one in `?version=`. */
export function FlowPage({ flowId, version }: { flowId: string; version: number | null }) {
  const { t } = useI18n();
  const flow = useQuery(trpc.flows.get.queryOptions(version === null ? { flowId } : { flowId, version }));
  const catalog = useQuery(trpc.catalog.list.queryOptions());
  const canEdit = useMe().can('flows.edit');
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
          {isCurrent && canEdit && <EditButton flowId={document.id} />}
        </>
      }
    />
  );
}
