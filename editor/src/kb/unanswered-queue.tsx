import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { useMe } from '../session/use-me';
import { UNANSWERED_STATUSES, type UnansweredStatus } from './kb-api';
import { UnansweredGroup } from './unanswered-group';

const LIMIT = 100;

/** Groups of questions the bot could not answer (or that got a thumbs-down), largest first. */
export function UnansweredQueue({ kb }: { kb: string }) {
  const { t } = useI18n();
  const canEdit = useMe().can('kb.edit');
  const [status, setStatus] = useState<UnansweredStatus | 'all'>('new');
  const [notice, setNotice] = useState<string | null>(null);
  const groups = useQuery({
    ...trpc.kb.unanswered.list.queryOptions({ kb, ...(status === 'all' ? {} : { status }), limit: LIMIT }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <div className="kb__bar">
        <label className="filters__field">
          <span>{t('kb.field.status')}</span>
          <select
            className="input"
            value={status}
            onChange={(event) => setStatus(UNANSWERED_STATUSES.find((candidate) => candidate === event.target.value) ?? 'all')}
            data-testid="kb-unanswered-status"
          >
            <option value="all">{t('kb.filter.all')}</option>
            {UNANSWERED_STATUSES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`kb.unanswered.status.${candidate}`)}
              </option>
            ))}
          </select>
        </label>
        {groups.data && <span className="muted small">{t('kb.unanswered.total', { count: groups.data.total })}</span>}
      </div>
      {notice && (
        <div className="notice notice--success" role="status" data-testid="kb-unanswered-notice">
          {notice}
        </div>
      )}
      {!groups.data ? (
        <QueryState error={groups.error} onRetry={() => void groups.refetch()} />
      ) : (
        <section className="card card--flush">
          {groups.data.groups.length === 0 ? (
            <p className="muted card__empty">{t('kb.unanswered.empty')}</p>
          ) : (
            <table className="table" data-testid="kb-unanswered-list">
              <thead>
                <tr>
                  <th className="num">{t('kb.unanswered.count')}</th>
                  <th>{t('kb.unanswered.question')}</th>
                  <th>{t('kb.field.status')}</th>
                  <th>{t('kb.unanswered.lastSeen')}</th>
                  <th className="actions">{t('kb.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {groups.data.groups.map((group) => (
                  <UnansweredGroup key={group.id} kb={kb} group={group} canEdit={canEdit} onDone={setNotice} />
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
