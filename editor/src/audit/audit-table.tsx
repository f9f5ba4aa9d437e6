import { Fragment, useState } from 'react';
import type { RouterOutputs } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';

export type AuditEntry = RouterOutputs['audit']['list']['entries'][number];

const OUTCOME_BADGE: Record<string, string> = { success: 'badge--current', failure: 'badge--danger', denied: 'badge--warning' };

/** One line per recorded action; the before/after diff opens under its line. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <table className="table table--dense" data-testid="audit-list">
      <thead>
        <tr>
          <th>{t('audit.col.time')}</th>
          <th>{t('audit.col.actor')}</th>
          <th>{t('audit.col.action')}</th>
          <th>{t('audit.col.target')}</th>
          <th>{t('audit.col.outcome')}</th>
          <th>{t('audit.col.ip')}</th>
          <th className="actions">{t('audit.col.diff')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const id = String(entry.id);
          const hasDiff = entry.diff !== null && entry.diff !== undefined;
          return (
            <Fragment key={id}>
              <tr data-testid="audit-row" data-action={entry.action}>
                <td className="nowrap">
                  <time dateTime={entry.at} title={entry.at}>
                    {formatDateTime(entry.at)}
                  </time>
                </td>
                <td>{entry.actorName}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.targetType ? (
                    <span className="muted small">
                      {entry.targetType} <code title={entry.targetId ?? ''}>{shortId(entry.targetId)}</code>
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>
                  <span className={`badge ${OUTCOME_BADGE[entry.outcome] ?? ''}`}>{t(`audit.outcome.${entry.outcome}`)}</span>
                </td>
                <td className="nowrap muted small">{entry.ip ?? '—'}</td>
                <td className="actions">
                  {hasDiff && (
                    <button type="button" className="button button--small" onClick={() => setOpen(open === id ? null : id)} aria-expanded={open === id}>
                      {open === id ? t('audit.hideDiff') : t('audit.showDiff')}
                    </button>
                  )}
                </td>
              </tr>
              {open === id && (
                <tr className="row--detail">
                  <td colSpan={7}>
                    <pre className="diff">{JSON.stringify(entry.diff, null, 2)}</pre>
                    {entry.requestId && <div className="muted small">{t('audit.requestId', { id: entry.requestId })}</div>}
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}

function shortId(id: string | null): string {
  if (!id) return '';
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}
