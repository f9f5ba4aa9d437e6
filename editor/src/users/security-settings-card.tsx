import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryClient, trpc, type RouterOutputs } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { ROLES, type Role } from '../session/roles';

type SecuritySettings = RouterOutputs['security']['get'];

function NumberField({ label, hint, value, min, onChange, testId }: { label: string; hint: string; value: number; min: number; onChange(value: number): void; testId: string }) {
  return (
    <label className="filters__field">
      <span>{label}</span>
      <input className="input" type="number" min={min} required value={value} onChange={(event) => onChange(Number(event.target.value))} data-testid={testId} />
      <span className="muted small security__hint">{hint}</span>
    </label>
  );
}

function SecurityForm({ initial }: { initial: SecuritySettings }) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.security.update.mutationOptions({
      onSuccess: () => {
        setSaved(true);
        return queryClient.invalidateQueries({ queryKey: trpc.security.pathKey() });
      },
    }),
  );
  const set = <K extends keyof SecuritySettings>(key: K, value: SecuritySettings[K]) => {
    setSaved(false);
    setForm({ ...form, [key]: value });
  };
  const toggleRole = (role: Role, on: boolean) =>
    set('require2faRoles', on ? ROLES.filter((candidate) => candidate === role || form.require2faRoles.includes(candidate)) : form.require2faRoles.filter((r) => r !== role));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(form);
  };
  return (
    <form className="form" onSubmit={submit} data-testid="security-settings">
      {update.error && (
        <div className="notice notice--error" role="alert">
          {t('common.error', { message: update.error.message })}
        </div>
      )}
      {saved && (
        <div className="notice notice--success" role="status">
          {t('security.saved')}
        </div>
      )}
      <div className="security__grid">
        <NumberField label={t('security.minLength')} hint={t('security.minLengthHint')} min={8} value={form.passwordMinLength} onChange={(value) => set('passwordMinLength', value)} testId="security-min-length" />
        <NumberField label={t('security.expiryDays')} hint={t('security.expiryDaysHint')} min={0} value={form.passwordExpiryDays} onChange={(value) => set('passwordExpiryDays', value)} testId="security-expiry-days" />
        <NumberField label={t('security.idleMinutes')} hint={t('security.idleMinutesHint')} min={1} value={form.sessionIdleMinutes} onChange={(value) => set('sessionIdleMinutes', value)} testId="security-idle-minutes" />
        <NumberField label={t('security.absoluteHours')} hint={t('security.absoluteHoursHint')} min={1} value={form.sessionAbsoluteHours} onChange={(value) => set('sessionAbsoluteHours', value)} testId="security-absolute-hours" />
      </div>
      <fieldset className="field checkboxes checkboxes--row">
        <legend className="field__label">{t('security.require2fa')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input type="checkbox" checked={form.require2faRoles.includes(role)} onChange={(event) => toggleRole(role, event.target.checked)} data-testid={`security-2fa-${role}`} />
            <span>{t(`role.${role}`)}</span>
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="button button--primary" disabled={update.isPending} data-testid="security-save">
          {t('security.save')}
        </button>
      </div>
    </form>
  );
}

/** The instance's password, session and two-factor rules (admins only). */
export function SecuritySettingsCard() {
  const { t } = useI18n();
  const settings = useQuery(trpc.security.get.queryOptions());
  return (
    <section className="card">
      <h2 className="card__title">{t('security.title')}</h2>
      {settings.data ? <SecurityForm initial={settings.data} /> : <p className="muted">{settings.error ? settings.error.message : t('common.loading')}</p>}
    </section>
  );
}
