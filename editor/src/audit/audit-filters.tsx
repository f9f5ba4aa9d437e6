import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { EMPTY_AUDIT_FILTER, type AuditFilterForm } from './audit-filter';

interface AuditFiltersProps {
  initial: AuditFilterForm;
  onApply(filter: AuditFilterForm): void;
}

/** Filter by who, what, on which kind of object, and between which days. */
export function AuditFilters({ initial, onApply }: AuditFiltersProps) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const set = (key: keyof AuditFilterForm) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(form);
  };
  return (
    <form className="filters" onSubmit={submit} data-testid="audit-filters">
      <label className="filters__field">
        <span>{t('audit.col.actor')}</span>
        <input className="input" value={form.actor} onChange={set('actor')} data-testid="audit-filter-actor" />
      </label>
      <label className="filters__field">
        <span>{t('audit.col.action')}</span>
        <input className="input" value={form.action} onChange={set('action')} placeholder="user.create" data-testid="audit-filter-action" />
      </label>
      <label className="filters__field">
        <span>{t('audit.col.targetType')}</span>
        <input className="input" value={form.targetType} onChange={set('targetType')} placeholder="user" data-testid="audit-filter-target-type" />
      </label>
      <label className="filters__field">
        <span>{t('audit.from')}</span>
        <input className="input" type="date" value={form.fromDay} onChange={set('fromDay')} data-testid="audit-filter-from" />
      </label>
      <label className="filters__field">
        <span>{t('audit.to')}</span>
        <input className="input" type="date" value={form.toDay} onChange={set('toDay')} data-testid="audit-filter-to" />
      </label>
      <div className="filters__actions">
        <button type="submit" className="button button--primary" data-testid="audit-filter-apply">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setForm(EMPTY_AUDIT_FILTER);
            onApply(EMPTY_AUDIT_FILTER);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
