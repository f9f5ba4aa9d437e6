import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { trpc, trpcClient } from '../api/trpc';
import { EMPTY_AUDIT_FILTER, toAuditFilterInput, type AuditFilterForm } from '../audit/audit-filter';
import { AuditFilters } from '../audit/audit-filters';
import { AuditTable } from '../audit/audit-table';
import { downloadTextFile } from '../audit/download-text-file';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';

/** The append-only audit log: filter, read page by page, export what the filter selects as CSV. */
export function AuditPage() {
  const { t } = useI18n();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTER);
  const filter = useMemo(() => toAuditFilterInput(form), [form]);
  // Paged by hand rather than with infiniteQueryOptions: that adds a `direction` key the
  // strict filter input rightly refuses.
  const entries = useInfiniteQuery({
    queryKey: [...trpc.audit.list.queryKey(filter), 'pages'],
    queryFn: ({ pageParam }) => trpcClient.audit.list.query({ ...filter, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as number | null,
    getNextPageParam: (page) => page.nextCursor,
  });
  const exportCsv = useMutation(
    trpc.audit.exportCsv.mutationOptions({ onSuccess: (file) => downloadTextFile(file.filename, file.csv) }),
  );

  const rows = entries.data?.pages.flatMap((page) => page.entries) ?? [];
  return (
    <div className="page page--wide">
      <div className="page__head">
        <h1>{t('audit.title')}</h1>
        <span className="page__head-spacer" />
        <button type="button" className="button" disabled={exportCsv.isPending} onClick={() => exportCsv.mutate(filter)} data-testid="audit-export">
          {t('audit.export')}
        </button>
      </div>
      <p className="muted">{t('audit.intro')}</p>
      {exportCsv.error && (
        <div className="notice notice--error" role="alert">
          {t('common.error', { message: exportCsv.error.message })}
        </div>
      )}
      <section className="card">
        <AuditFilters initial={form} onApply={setForm} />
      </section>
      {!entries.data ? (
        <QueryState error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <section className="card card--flush">
          {rows.length === 0 ? <p className="muted card__empty">{t('audit.empty')}</p> : <AuditTable entries={rows} />}
          {entries.hasNextPage && (
            <div className="card__foot">
              <button type="button" className="button" disabled={entries.isFetchingNextPage} onClick={() => void entries.fetchNextPage()} data-testid="audit-more">
                {t('audit.more')}
              </button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
