import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { FormField } from '../layout/form-field';

/**
 * Change one's own password: the current one, the new one twice. The policy (length,
 * not the user name, not one of the last five) is the server's; its message is shown.
 */
export function PasswordForm({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const change = useMutation(trpc.account.changePassword.mutationOptions({ onSuccess: onChanged }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setMismatch(next !== confirm);
    if (next !== confirm) return;
    change.mutate({ currentPassword: current, newPassword: next });
  };

  return (
    <form className="form" onSubmit={submit}>
      {(mismatch || change.error) && (
        <div className="notice notice--error" role="alert" data-testid="password-error">
          {mismatch ? t('password.mismatch') : change.error?.message}
        </div>
      )}
      <FormField
        label={t('password.current')}
        testId="password-current"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(event) => setCurrent(event.target.value)}
      />
      <FormField
        label={t('password.new')}
        hint={t('password.policyHint')}
        testId="password-new"
        type="password"
        autoComplete="new-password"
        required
        value={next}
        onChange={(event) => setNext(event.target.value)}
      />
      <FormField
        label={t('password.confirm')}
        testId="password-confirm"
        type="password"
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(event) => setConfirm(event.target.value)}
      />
      <div>
        <button type="submit" className="button button--primary" disabled={change.isPending} data-testid="password-submit">
          {t('password.submit')}
        </button>
      </div>
    </form>
  );
}
