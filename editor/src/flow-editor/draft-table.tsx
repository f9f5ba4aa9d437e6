import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { queryClient, trpc, type RouterOutputs } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { ConfirmDialog } from '../layout/confirm-dialog';
import { Link } from '../routing/link';

type DraftSummary = RouterOutputs['flows']['list']['drafts'][number];

/** The drafts being worked on, each opening the editor; editors may discard one after a confirm. */
export function DraftTable({ drafts, canEdit }: { drafts: readonly DraftSummary[]; canEdit: boolean }) {
  const { t, formatDateTime } = useI18n();
  const [discarding, setDiscarding] = useState<DraftSummary | null>(null);
  const discard = useMutation(
    trpc.drafts.delete.mutationOptions({
      onSuccess: () => {
        setDiscarding(null);
        void queryClient.invalidateQueries({ queryKey: trpc.flows.list.queryKey() });
      },
    }),
  );
  return (
    <>
      <table className="table" data-testid="draft-list">
        <thead>
          <tr>
            <th>{t('flows.col.name')}</th>
            <th>{t('flows.col.id')}</th>
            <th>{t('flows.col.locale')}</th>
            <th className="num">{t('flows.col.revision')}</th>
            <th>{t('flows.col.updated')}</th>
            {canEdit && <th />}
          </tr>
        </thead>
        <tbody>
          {drafts.map((draft) => (
            <tr key={draft.id} data-testid={`draft-row-${draft.id}`}>
              <td>
                <Link href={`/drafts/${encodeURIComponent(draft.id)}`} className="strong-link">
                  {draft.name}
                </Link>
              </td>
              <td>
                <code>{draft.id}</code>
              </td>
              <td>
                <span className="tag">{draft.locale}</span>
              </td>
              <td className="num">{draft.revision}</td>
              <td>{formatDateTime(draft.updatedAt)}</td>
              {canEdit && (
                <td className="num">
                  <button type="button" className="button button--small button--danger-outline" onClick={() => setDiscarding(draft)} data-testid={`draft-delete-${draft.id}`}>
                    {t('editing.discard')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {discard.error && (
        <p className="notice notice--error" role="alert">
          {t('common.error', { message: discard.error.message })}
        </p>
      )}
      {discarding && (
        <ConfirmDialog
          title={t('editing.discardTitle', { name: discarding.name })}
          body={t('editing.discardBody')}
          confirmLabel={t('editing.discard')}
          busy={discard.isPending}
          onConfirm={() => discard.mutate({ flowId: discarding.id })}
          onCancel={() => setDiscarding(null)}
        />
      )}
    </>
  );
}
