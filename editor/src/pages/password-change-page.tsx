import { PasswordForm } from '../account/password-form';
import { useI18n } from '../i18n/use-i18n';
import { AuthLayout } from '../layout/auth-layout';
import { useSession } from '../session/use-session';
import { SignOutLink } from '../layout/sign-out-link';

/**
 * Shown instead of the console when the password must change: the first sign-in with
 * a temporary password, or an expired one. The server refuses everything else until then.
 */
export function PasswordChangePage() {
  const { t } = useI18n();
  const { refresh } = useSession();
  return (
    <AuthLayout title={t('password.forced.title')} intro={<p>{t('password.forced.intro')}</p>} footer={<SignOutLink />}>
      <PasswordForm onChanged={() => void refresh('password-changed')} />
    </AuthLayout>
  );
}
