import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { Link } from '../routing/link';
import { kbHref } from '../routing/match-route';
import { useMe } from '../session/use-me';
import { describeKbError } from './describe-kb-error';

/** Customer questions with the article that must answer them: every retrain is measured on these. */
export function TestSet({ kb }: { kb: string }) {
  const { t, formatDateTime } = useI18n();
  const canEdit = useMe().can('kb.edit');
  const cases = useQuery(trpc.kb.testSet.list.queryOptions({ kb }));
  const [query, setQuery] = useState('');
  const [expectedId, setExpectedId] = useState('');
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.kb.testSet.pathKey() });
  const add = useMutation(
    trpc.kb.testSet.add.mutationOptions({
      onSuccess: () => {
        setQuery('');
        setExpectedId('');
        return refresh();
      },
    }),
  );
  const remove = useMutation(trpc.kb.testSet.remove.mutationOptions({ onSuccess: refresh }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ kb, query: query.trim(), expectedId: expectedId.trim() });
  };
  const failure = add.error ?? remove.error;
  return (
    <section className="card card--flush">
      <div className="card__title-row kb-card-head">
        <h2 className="card__title">{t('kb.testSet.title', { count: cases.data?.length ?? 0 })}</h2>
      </div>
      <p className="muted kb-card-body">{t('kb.testSet.intro')}</p>
      {canEdit && (
        <form className="filters kb-card-body" onSubmit={submit} data-testid="kb-test-case-form">
          <label className="filters__field kb__search">
            <span>{t('kb.testSet.query')}</span>
            <input className="input" required value={query} onChange={(event) => setQuery(event.target.value)} data-testid="kb-test-case-query" />
          </label>
          <label className="filters__field">
            <span>{t('kb.testSet.expected')}</span>
            <input className="input" required value={expectedId} onChange={(event) => setExpectedId(event.target.value)} data-testid="kb-test-case-expected" />
          </label>
          <div className="filters__actions">
            <button type="submit" className="button" disabled={add.isPending} data-testid="kb-test-case-add">
              {t('kb.testSet.add')}
            </button>
          </div>
        </form>
      )}
      {failure && (
        <div className="notice notice--error" role="alert">
          {describeKbError(failure).text}
        </div>
      )}
      {!cases.data ? (
        <QueryState error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.length === 0 ? (
        <p className="muted card__empty">{t('kb.testSet.empty')}</p>
      ) : (
        <table className="table table--dense" data-testid="kb-test-cases">
          <thead>
            <tr>
              <th>{t('kb.testSet.query')}</th>
              <th>{t('kb.testSet.expected')}</th>
              <th>{t('kb.testSet.source')}</th>
              <th>{t('kb.models.created')}</th>
              <th className="actions" />
            </tr>
          </thead>
          <tbody>
            {cases.data.map((testCase) => (
              <tr key={testCase.id} data-testid={`kb-test-case-${testCase.id}`}>
                <td>{testCase.query}</td>
                <td>
                  <Link href={kbHref('kb-article', kb, testCase.expectedId)}>
                    <code>{testCase.expectedId}</code>
                  </Link>
                </td>
                <td className="muted small">{testCase.source}</td>
                <td className="nowrap small">{formatDateTime(testCase.createdAt)}</td>
                <td className="actions">
                  {canEdit && (
                    <button type="button" className="button button--small" disabled={remove.isPending} onClick={() => remove.mutate({ kb, id: testCase.id })}>
                      {t('kb.testSet.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
