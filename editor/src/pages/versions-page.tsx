import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryClient, trpc, type RouterOutputs } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { ConfirmDialog } from '../layout/confirm-dialog';
import { QueryState } from '../layout/query-state';
import { Link } from '../routing/link';
import { useMe } from '../session/use-me';

/** Which flows a version added, removed or changed compared with the version before it. */
function VersionChanges({ changes }: { changes: RouterOutputs['versions']['changes'][number] | undefined }) {
  const { t } = useI18n();
  if (!changes) return null;
  const parts = (['added', 'removed', 'changed'] as const)
    .filter((kind) => changes[kind].length > 0)
    .map((kind) => t(`versions.changes.${kind}`, { flows: changes[kind].join(', ') }));
  return <span data-testid={`version-changes-${changes.version}`}>{parts.length > 0 ? parts.join('; ') : t('versions.changes.none')}</span>;
}

/** Published versions, newest first, with what each changed and rollback. */
export function VersionsPage() {
  const { t, formatDateTime } = useI18n();
  // Rolling back publishes: only who may publish sees the control (the server checks again).
  const canRollBack = useMe().can('flows.publish');
  const versions = useQuery(trpc.versions.list.queryOptions());
  const changes = useQuery(trpc.versions.changes.queryOptions());
  const changesOf = new Map((changes.data ?? []).map((entry) => [entry.version, entry]));
  const [pending, setPending] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rollback = useMutation(
    trpc.versions.rollback.mutationOptions({
      onSuccess: async (created, { version }) => {
        setPending(null);
        setNotice(t('versions.rolledBack', { version, newVersion: created.version }));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.versions.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.flows.pathKey() }),
        ]);
      },
    }),
  );

  if (!versions.data) return <QueryState error={versions.error} onRetry={() => void versions.refetch()} />;
  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('versions.title')}</h1>
      </div>
      <p className="muted">{t('versions.intro')}</p>
      {notice && (
        <div className="notice notice--success" role="status">
          {notice}
        </div>
      )}
      {rollback.error && (
        <div className="notice notice--error" role="alert">
          {t('common.error', { message: rollback.error.message })}
        </div>
      )}
      <section className="card">
        {versions.data.length === 0 ? (
          <p className="muted">{t('versions.empty')}</p>
        ) : (
          <table className="table" data-testid="version-list">
            <thead>
              <tr>
                <th>{t('versions.col.version')}</th>
                <th>{t('versions.col.message')}</th>
                <th>{t('versions.col.changes')}</th>
                <th>{t('versions.col.author')}</th>
                <th>{t('versions.col.time')}</th>
                <th>{t('versions.col.hash')}</th>
                <th className="actions">{t('versions.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((version) => (
                <tr key={version.version} data-testid={`version-row-${version.version}`}>
                  <td className="nowrap">
                    <strong>v{version.version}</strong>{' '}
                    {version.isCurrent && <span className="badge badge--current">{t('common.current')}</span>}
                  </td>
                  <td>
                    {version.message}
                    {version.rolledBackFrom !== null && (
                      <div className="muted small">{t('versions.rolledBackFrom', { version: version.rolledBackFrom })}</div>
                    )}
                  </td>
                  <td className="small">
                    <VersionChanges changes={changesOf.get(version.version)} />
                  </td>
                  <td>{version.author}</td>
                  <td className="nowrap">
                    <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
                  </td>
                  <td>
                    <code title={version.hash}>{version.hash.slice(0, 8)}</code>
                  </td>
                  <td className="actions nowrap">
                    <Link href={`/versions/${version.version}`} className="button button--small">
                      {t('versions.view')}
                    </Link>
                    {canRollBack && !version.isCurrent && (
                      <button
                        type="button"
                        className="button button--small"
                        data-testid={`version-rollback-${version.version}`}
                        onClick={() => setPending(version.version)}
                      >
                        {t('versions.rollback')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {pending !== null && (
        <ConfirmDialog
          title={t('versions.confirmTitle', { version: pending })}
          body={t('versions.confirmBody', { version: pending })}
          confirmLabel={t('versions.confirm')}
          busy={rollback.isPending}
          onConfirm={() => rollback.mutate({ version: pending })}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
