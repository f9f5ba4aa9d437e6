import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../routing/link';
import { kbHref } from '../routing/match-route';
import { useMe } from '../session/use-me';
import type { KnowledgeBaseRow } from './kb-api';
import { ThresholdsForm } from './thresholds-form';

const DECISION_CLASS = { answer: 'kb-decision--answer', suggest: 'kb-decision--suggest', none: 'kb-decision--none' } as const;

/**
 * Ask the knowledge base what a customer would ask and see what the bot would do:
 * the decision (by the confidence bands), the top hits with their scores, the latency.
 * A hit can be added to the test set as the expected answer of the question.
 */
export function RetrievalTestPanel({ base }: { base: KnowledgeBaseRow }) {
  const { t } = useI18n();
  const canEdit = useMe().can('kb.edit');
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const search = useQuery({ ...trpc.kb.search.queryOptions({ kb: base.name, query, top: 5 }), enabled: query !== '', staleTime: 0 });
  const addCase = useMutation(trpc.kb.testSet.add.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.kb.testSet.pathKey() }) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    addCase.reset();
    setQuery(text.trim());
    if (text.trim() === query) void search.refetch();
  };
  const result = query ? search.data : undefined;
  return (
    <div className="kb-test">
      <form className="kb-test__form" onSubmit={submit}>
        <input
          className="input"
          type="search"
          value={text}
          maxLength={1000}
          placeholder={t('kb.test.placeholder')}
          onChange={(event) => setText(event.target.value)}
          data-testid="kb-search-input"
        />
        <button type="submit" className="button button--primary" disabled={!text.trim()} data-testid="kb-search-submit">
          {t('kb.test.search')}
        </button>
      </form>
      {canEdit ? (
        <ThresholdsForm key={`${base.thresholds.answer}/${base.thresholds.suggest}`} base={base} />
      ) : (
        <div className="muted small">{t('kb.test.thresholds', { answer: base.thresholds.answer, suggest: base.thresholds.suggest })}</div>
      )}
      {search.error && (
        <div className="notice notice--error" role="alert">
          {t('common.error', { message: search.error.message })}
        </div>
      )}
      {addCase.isSuccess && (
        <div className="notice notice--success" role="status">
          {t('kb.test.caseAdded')}
        </div>
      )}
      {result && (
        <div className="kb-test__result" data-testid="kb-search-result">
          <div className="kb-test__summary">
            <span className={`kb-decision ${DECISION_CLASS[result.decision]}`} data-testid="kb-decision" data-decision={result.decision}>
              {t(`kb.decision.${result.decision}`)}
            </span>
            <span className="muted small" data-testid="kb-latency">
              {t('kb.test.latency', { ms: result.tookMs })}
            </span>
          </div>
          <p className="muted small">{t(`kb.decision.${result.decision}.hint`)}</p>
          {result.hits.length === 0 ? (
            <p className="muted">{t('kb.test.noHits')}</p>
          ) : (
            <table className="table table--dense">
              <thead>
                <tr>
                  <th className="num">#</th>
                  <th>{t('kb.field.question')}</th>
                  <th>{t('kb.test.score')}</th>
                  <th className="actions" />
                </tr>
              </thead>
              <tbody>
                {result.hits.map((hit, index) => (
                  <tr key={hit.id} data-testid={`kb-hit-${hit.id}`}>
                    <td className="num">{index + 1}</td>
                    <td>
                      <Link href={kbHref('kb-article', base.name, hit.id)}>{hit.question}</Link> <code className="muted small">{hit.id}</code>
                    </td>
                    <td className="kb-score">
                      <span className="kb-score__bar" style={{ width: `${Math.round(hit.score * 100)}%` }} />
                      <span className="kb-score__value" data-testid={`kb-hit-score-${hit.id}`}>
                        {hit.score.toFixed(3)}
                      </span>
                    </td>
                    <td className="actions">
                      {canEdit && (
                        <button
                          type="button"
                          className="button button--small"
                          disabled={addCase.isPending}
                          onClick={() => addCase.mutate({ kb: base.name, query, expectedId: hit.id })}
                          title={t('kb.test.addCaseHint')}
                        >
                          {t('kb.test.addCase')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
