import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { ConfirmDialog } from '../layout/confirm-dialog';
import { QueryState } from '../layout/query-state';
import { Link } from '../routing/link';
import { useMe } from '../session/use-me';

/** Published versions, newest first, with rollback. */
export function VersionsPage() {
  const { t, formatDateTime } = useI18n();
  // Rolling back publishes: only who may publish sees the control (the server checks again).
  const canRollBack = useMe().can('flows.publish');
  const versions = useQuery(trpc.versions.list.queryOptions());
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
