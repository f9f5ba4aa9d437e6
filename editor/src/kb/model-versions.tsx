import { useMutation, useQuery } from '@tanstack/react-query';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { useMe } from '../session/use-me';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** Every trained model of the knowledge base with its test-set figures; retrain on demand. */
export function ModelVersions({ kb }: { kb: string }) {
  const { t, formatDateTime } = useI18n();
  const canEdit = useMe().can('kb.edit');
  const models = useQuery(trpc.kb.models.list.queryOptions({ kb }));
  const retrain = useMutation(trpc.kb.models.retrain.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.kb.models.pathKey() }) }));
  return (
    <section className="card card--flush">
      <div className="card__title-row kb-card-head">
        <h2 className="card__title">{t('kb.models.title')}</h2>
        <span className="page__head-spacer" />
        {canEdit && (
          <button type="button" className="button" disabled={retrain.isPending} onClick={() => retrain.mutate({ kb })} data-testid="kb-retrain">
            {retrain.isPending ? t('kb.models.training') : t('kb.models.retrain')}
          </button>
        )}
      </div>
      {retrain.data && (
        <div className={`notice ${retrain.data.active ? 'notice--success' : 'notice--info'}`} role="status" data-testid="kb-retrain-result" data-version={retrain.data.version}>
          {t(retrain.data.active ? 'kb.models.activated' : 'kb.models.kept', { version: retrain.data.version, note: retrain.data.note })}
        </div>
      )}
      {retrain.error && (
        <div className="notice notice--error" role="alert">
          {t('common.error', { message: retrain.error.message })}
        </div>
      )}
      {!models.data ? (
        <QueryState error={models.error} onRetry={() => void models.refetch()} />
      ) : models.data.length === 0 ? (
        <p className="muted card__empty">{t('kb.models.empty')}</p>
      ) : (
        <table className="table table--dense" data-testid="kb-model-list">
          <thead>
            <tr>
              <th>{t('kb.models.version')}</th>
              <th className="num">{t('kb.models.top1')}</th>
              <th className="num">{t('kb.models.top3')}</th>
              <th className="num">{t('kb.models.cases')}</th>
              <th className="num">{t('kb.models.articles')}</th>
              <th className="num">{t('kb.models.trainingMs')}</th>
              <th>{t('kb.models.note')}</th>
              <th>{t('kb.models.created')}</th>
            </tr>
          </thead>
          <tbody>
            {models.data.map((model) => (
              <tr key={model.version} data-testid={`kb-model-version-${model.version}`}>
                <td className="nowrap">
                  <strong>v{model.version}</strong> {model.active && <span className="badge badge--current">{t('kb.models.active')}</span>}
                </td>
                <td className="num">{percent(model.top1)}</td>
                <td className="num">{percent(model.top3)}</td>
                <td className="num">{model.testCases}</td>
                <td className="num">{model.articleCount}</td>
                <td className="num">{model.trainingMs}</td>
                <td className="small">{model.note}</td>
                <td className="nowrap small">
                  <time dateTime={model.createdAt}>{formatDateTime(model.createdAt)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
