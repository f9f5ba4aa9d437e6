import { useI18n } from '../i18n/use-i18n';
import { useSession } from '../session/use-session';

/** "Sign out" as a quiet button, for the screens before the console. */
export function SignOutLink() {
  const { t } = useI18n();
  const { signOut } = useSession();
  return (
    <button type="button" className="link-button" onClick={() => void signOut()} data-testid="logout">
      {t('account.signOut')}
    </button>
  );
}
