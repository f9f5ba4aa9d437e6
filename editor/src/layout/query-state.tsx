import { useI18n } from '../i18n/use-i18n';

interface QueryStateProps {
  error: { message: string } | null;
  onRetry?: () => void;
}

/** What a page shows while its data loads, or when loading failed. */
export function QueryState({ error, onRetry }: QueryStateProps) {
  const { t } = useI18n();
  if (!error) return <p className="muted page-status">{t('common.loading')}</p>;
  return (
    <div className="notice notice--error" role="alert">
      {t('common.error', { message: error.message })}
      {onRetry && (
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
