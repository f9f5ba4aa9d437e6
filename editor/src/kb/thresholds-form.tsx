import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { describeKbError } from './describe-kb-error';
import type { KnowledgeBaseRow } from './kb-api';

/** The confidence bands of a knowledge base: tune them with the test panel above, save, and the next search uses them. */
export function ThresholdsForm({ base }: { base: KnowledgeBaseRow }) {
  const { t } = useI18n();
  const [answer, setAnswer] = useState(String(base.thresholds.answer));
  const [suggest, setSuggest] = useState(String(base.thresholds.suggest));
  const update = useMutation(trpc.kb.bases.update.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.kb.pathKey() }) }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name: base.name, thresholds: { answer: Number(answer), suggest: Number(suggest) } });
  };
  const number = { type: 'number', min: 0, max: 1, step: 0.01, required: true, className: 'input' } as const;
  return (
    <form className="filters kb-thresholds" onSubmit={submit} data-testid="kb-thresholds">
      <label className="filters__field">
        <span>{t('kb.thresholds.answer')}</span>
        <input {...number} value={answer} onChange={(event) => setAnswer(event.target.value)} data-testid="kb-threshold-answer" />
      </label>
      <label className="filters__field">
        <span>{t('kb.thresholds.suggest')}</span>
        <input {...number} value={suggest} onChange={(event) => setSuggest(event.target.value)} data-testid="kb-threshold-suggest" />
      </label>
      <div className="filters__actions">
        <button type="submit" className="button" disabled={update.isPending} data-testid="kb-thresholds-save">
          {t('kb.thresholds.save')}
        </button>
      </div>
      {update.isSuccess && (
        <span className="muted small" role="status">
          {t('kb.thresholds.saved')}
        </span>
      )}
      {update.error && (
        <div className="notice notice--error" role="alert">
          {describeKbError(update.error).text}
        </div>
      )}
    </form>
  );
}
