import { useState, type FormEvent } from 'react';
import { AuthError, authApi } from '../api/auth-api';
import { useI18n } from '../i18n/use-i18n';
import { AuthLayout } from '../layout/auth-layout';
import { FormField } from '../layout/form-field';
import { useSession } from '../session/use-session';

/**
 * First run: nobody has an account yet, so the first visitor creates the admin. The
 * server accepts this only while no user exists (409 afterwards), so a second visitor
 * racing the first just ends up on the login page.
 */
export function SetupPage() {
  const { t } = useI18n();
  const { signedIn, refresh } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirm) {
      setError(t('password.mismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      signedIn(await authApi.setup({ username: username.trim(), password }));
    } catch (failure) {
      setBusy(false);
      if (failure instanceof AuthError && failure.status === 409) {
        await refresh();
        return;
      }
      setError(t('common.error', { message: failure instanceof Error ? failure.message : String(failure) }));
    }
  };

  return (
    <AuthLayout title={t('setup.title')} intro={<p>{t('setup.intro')}</p>}>
      {error && (
        <div className="notice notice--error" role="alert" data-testid="setup-error">
          {error}
        </div>
      )}
      <form className="form" onSubmit={(event) => void submit(event)}>
        <FormField
          label={t('setup.username')}
          testId="setup-username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <FormField
          label={t('password.new')}
          hint={t('password.policyHint')}
          testId="setup-password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <FormField
          label={t('password.confirm')}
          testId="setup-password-confirm"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(event) => setConfirm(event.target.value)}
        />
        <button type="submit" className="button button--primary button--block" disabled={busy} data-testid="setup-submit">
          {t('setup.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
