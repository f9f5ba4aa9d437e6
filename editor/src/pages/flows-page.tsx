import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../api/trpc';
// The dialog file alone: the editor (React Flow, dagre) stays out of the main chunk.
import { DraftTable } from '../flow-editor/draft-table';
import { NewFlowDialog } from '../flow-editor/new-flow-dialog';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { FlowTable } from './flow-table';
import { useMe } from '../session/use-me';

/** The current published version's flows, and the drafts. */
export function FlowsPage() {
  const { t } = useI18n();
  const query = useQuery(trpc.flows.list.queryOptions());
  const canEdit = useMe().can('flows.edit');
  const [creating, setCreating] = useState(false);
  if (!query.data) return <QueryState error={query.error} onRetry={() => void query.refetch()} />;
  const { version, flows, drafts } = query.data;
  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('flows.title')}</h1>
        {version !== null && <span className="badge badge--current">{t('flow.versionBadge', { version })}</span>}
        <span className="page__head-spacer" />
        {canEdit && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)} data-testid="flow-new">
            {t('editing.new.button')}
          </button>
        )}
      </div>
      {creating && <NewFlowDialog onClose={() => setCreating(false)} />}
      <section className="card">
        {version === null ? (
          <p className="muted">{t('flows.nothingPublished')}</p>
        ) : (
          <>
            <h2 className="card__title">{t('flows.publishedIn', { version })}</h2>
            <FlowTable flows={flows} />
          </>
        )}
      </section>
      <section className="card">
        <h2 className="card__title">{t('flows.drafts')}</h2>
        {drafts.length === 0 ? (
          <p className="muted">{t('flows.noDrafts')}</p>
        ) : (
          <DraftTable drafts={drafts} canEdit={canEdit} />
        )}
      </section>
    </div>
  );
}
