import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { FormField } from '../layout/form-field';

/** Switching two-factor off asks for the password, so an unattended session cannot do it. */
export function TotpDisable({ required, onDisabled }: { required: boolean; onDisabled(): void }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const disable = useMutation(trpc.account.totpDisable.mutationOptions({ onSuccess: onDisabled }));
  if (required) return <p className="muted">{t('totp.requiredByRole')}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    disable.mutate({ password });
  };
  return (
    <form className="form form--inline" onSubmit={submit}>
      {disable.error && (
        <div className="notice notice--error" role="alert">
          {t('common.error', { message: disable.error.message })}
        </div>
      )}
      <FormField
        label={t('totp.disablePassword')}
        testId="totp-disable-password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <div>
        <button type="submit" className="button button--danger-outline" disabled={disable.isPending} data-testid="totp-disable">
          {t('totp.disable')}
        </button>
      </div>
    </form>
  );
}
