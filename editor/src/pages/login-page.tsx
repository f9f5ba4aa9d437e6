import { useState, type FormEvent } from 'react';
import { AuthError, authApi } from '../api/auth-api';
import { describeAuthError } from '../account/describe-auth-error';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/en';
import { AuthLayout } from '../layout/auth-layout';
import { FormField } from '../layout/form-field';
import type { SignedOutReason } from '../session/session-context';
import { useSession } from '../session/use-session';

const REASONS: Record<Exclude<SignedOutReason, null>, MessageKey> = {
  'session-ended': 'login.reason.sessionEnded',
  'password-changed': 'login.reason.passwordChanged',
  'signed-out': 'login.reason.signedOut',
};

/** Sign in with user name and password, and the authenticator code when the account has 2FA. */
export function LoginPage({ reason }: { reason: SignedOutReason }) {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [askTotp, setAskTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(await authApi.login({ username: username.trim(), password, ...(askTotp ? { totp: totp.trim() } : {}) }));
    } catch (failure) {
      if (failure instanceof AuthError && (failure.code === 'KEFU_ERR_TOTP_REQUIRED' || failure.code === 'KEFU_ERR_TOTP_INVALID')) {
        setAskTotp(true);
        setTotp('');
      }
      setError(describeAuthError(failure, t));
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={t('login.title')}>
      {reason && !error && (
        <div className="notice notice--info" role="status" data-testid="login-reason">
          {t(REASONS[reason])}
        </div>
      )}
      {error && (
        <div className="notice notice--error" role="alert" data-testid="login-error">
          {error}
        </div>
      )}
      <form className="form" onSubmit={(event) => void submit(event)}>
        <FormField
          label={t('login.username')}
          testId="login-username"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          autoFocus
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <FormField
          label={t('login.password')}
          testId="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {askTotp && (
          <FormField
            label={t('login.totp')}
            hint={t('login.totpHint')}
            testId="login-totp"
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,8}"
            required
            autoFocus
            value={totp}
            onChange={(event) => setTotp(event.target.value)}
          />
        )}
        <button type="submit" className="button button--primary button--block" disabled={busy} data-testid="login-submit">
          {busy ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
