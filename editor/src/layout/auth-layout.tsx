import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { LanguageSelect } from './language-select';

interface AuthLayoutProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  /** Below the card: e.g. a sign-out link on the forced password change screen. */
  footer?: ReactNode;
  wide?: boolean;
}

/** The centred card of the screens shown before the console: setup, login, forced changes. */
export function AuthLayout({ title, intro, children, footer, wide = false }: AuthLayoutProps) {
  const { t } = useI18n();
  return (
    <div className="auth">
      <div className="auth__top">
        <LanguageSelect className="lang-switch lang-switch--light" />
      </div>
      <div className={wide ? 'auth__card auth__card--wide' : 'auth__card'}>
        <div className="auth__brand">
          <span className="brand__mark" aria-hidden="true">
            客
          </span>
          <span className="auth__brand-name">{t('app.name')}</span>
        </div>
        <h1 className="auth__title">{title}</h1>
        {intro && <div className="auth__intro muted">{intro}</div>}
        {children}
      </div>
      {footer && <div className="auth__footer">{footer}</div>}
    </div>
  );
}
