import { TotpEnrolment } from '../account/totp-enrolment';
import { useI18n } from '../i18n/use-i18n';
import { AuthLayout } from '../layout/auth-layout';
import { SignOutLink } from '../layout/sign-out-link';
import { useSession } from '../session/use-session';

/** Shown instead of the console when the user's role requires two-factor authentication and they have none yet. */
export function EnrolmentPage() {
  const { t } = useI18n();
  const { refresh } = useSession();
  return (
    <AuthLayout title={t('totp.forced.title')} intro={<p>{t('totp.forced.intro')}</p>} footer={<SignOutLink />} wide>
      <TotpEnrolment onEnrolled={() => void refresh()} />
    </AuthLayout>
  );
}
