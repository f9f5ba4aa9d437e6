import { useI18n } from '../i18n/use-i18n';
import type { UserRow } from './user-actions';

/** Badges for what matters about an account at a glance: disabled, waiting for a password change, 2FA. */
export function UserStatus({ user }: { user: UserRow }) {
  const { t } = useI18n();
  return (
    <div className="badges">
      {user.disabled ? <span className="badge badge--danger">{t('users.status.disabled')}</span> : <span className="badge badge--current">{t('users.status.active')}</span>}
      {user.mustChangePassword && <span className="badge badge--warning">{t('users.status.mustChange')}</span>}
      {user.totpEnabled && <span className="badge badge--draft">{t('users.status.totp')}</span>}
    </div>
  );
}
