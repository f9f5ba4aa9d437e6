import { useState } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { PasswordForm } from '../account/password-form';
import { TotpDisable } from '../account/totp-disable';
import { TotpEnrolment } from '../account/totp-enrolment';
import { useI18n } from '../i18n/use-i18n';
import { useMe } from '../session/use-me';
import { useSession } from '../session/use-session';

/** My account: who I am, my password, my two-factor authentication. */
export function AccountPage() {
  const { t } = useI18n();
  const { me } = useMe();
  const { refresh } = useSession();
  const [notice, setNotice] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  const reloadMe = async (message: string) => {
    setNotice(message);
    await queryClient.invalidateQueries({ queryKey: trpc.account.pathKey() });
    await refresh();
  };

  return (
    <div className="page page--narrow">
      <div className="page__head">
        <h1>{t('account.title')}</h1>
      </div>
      {notice && (
        <div className="notice notice--success" role="status" data-testid="account-notice">
          {notice}
        </div>
      )}
      <section className="card">
        <h2 className="card__title">{t('account.profile')}</h2>
        <dl className="facts">
          <dt>{t('users.col.username')}</dt>
          <dd>
            <code>{me.username}</code>
          </dd>
          <dt>{t('users.col.displayName')}</dt>
          <dd>{me.displayName}</dd>
          <dt>{t('users.col.roles')}</dt>
          <dd>
            {me.roles.map((role) => (
              <span key={role} className={`role role--${role}`}>
                {t(`role.${role}`)}
              </span>
            ))}
          </dd>
          <dt>{t('users.col.skillGroups')}</dt>
          <dd>{me.skillGroups.length ? me.skillGroups.join(', ') : '—'}</dd>
        </dl>
      </section>
      <section className="card" data-testid="account-password">
        <h2 className="card__title">{t('account.password')}</h2>
        <PasswordForm
          key={formKey}
          onChanged={() => {
            setFormKey((key) => key + 1);
            setNotice(t('account.passwordChanged'));
            // The server ends the user's other sessions; if it ended this one too, the login page follows.
            void refresh('password-changed');
          }}
        />
      </section>
      <section className="card" data-testid="account-2fa">
        <div className="card__title-row">
          <h2 className="card__title">{t('account.totp')}</h2>
          {me.totpEnabled ? (
            <span className="badge badge--current" data-testid="totp-status">
              {t('totp.on')}
            </span>
          ) : (
            <span className="badge" data-testid="totp-status">
              {t('totp.off')}
            </span>
          )}
        </div>
        {me.totpEnabled ? (
          <TotpDisable required={me.totpRequired} onDisabled={() => void reloadMe(t('totp.disabled'))} />
        ) : (
          <TotpEnrolment onEnrolled={() => void reloadMe(t('totp.enabled'))} />
        )}
      </section>
    </div>
  );
}
