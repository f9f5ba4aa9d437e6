import { useQuery } from '@tanstack/react-query';
import { trpc } from '../api/trpc';
import { FlowTitleBar } from '../canvas/flow-title-bar';
import { FlowEditorProvider, useFlowEditor } from '../flow-editor';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { PublishingEditorView } from '../publish';

/** The draft's name, id and saved revision. */
function DraftBar() {
  const { t } = useI18n();
  const { document, saving } = useFlowEditor();
  return <FlowTitleBar document={document} badges={<span className="badge badge--draft">{t('flow.draftBadge', { revision: saving.revision })}</span>} />;
}

/** A draft in the flow editor: changes autosave; a conflicting save asks what to do. */
export function DraftPage({ flowId }: { flowId: string }) {
  const draft = useQuery({ ...trpc.flows.getDraft.queryOptions({ flowId }), staleTime: 0, gcTime: 0 });
  const catalog = useQuery(trpc.catalog.list.queryOptions());
  if (!draft.data || !catalog.data) {
    return <QueryState error={draft.error ?? catalog.error} onRetry={() => void draft.refetch()} />;
  }
  const { document, summary } = draft.data;
  return (
    <FlowEditorProvider key={document.id} document={document} revision={summary.revision} catalog={catalog.data}>
      <div className="flow-page">
        <DraftBar />
        <PublishingEditorView />
      </div>
    </FlowEditorProvider>
  );
}
