import { useI18n } from '../i18n/use-i18n';
import { Link } from '../routing/link';
import type { Route } from '../routing/match-route';
import { SECTIONS, sectionOf } from '../routing/sections';
import { useMe } from '../session/use-me';
import { useSession } from '../session/use-session';
import { LanguageSelect } from './language-select';

/** Brand, the sections the user may open, the language, and who is signed in (with sign-out). */
export function Header({ route }: { route: Route }) {
  const { t } = useI18n();
  const { me, can } = useMe();
  const { signOut } = useSession();
  const active = sectionOf(route)?.id ?? null;
  const links = SECTIONS.filter((section) => section.id !== 'account' && can(section.permission));
  return (
    <header className="app-header">
      <Link href="/" className="brand">
        <span className="brand__mark" aria-hidden="true">
          客
        </span>
        <span className="brand__name">{t('app.name')}</span>
        <span className="brand__tagline">{t('app.tagline')}</span>
      </Link>
      <nav className="app-nav">
        {links.map((link) => (
          <Link
            key={link.id}
            href={link.href}
            className={link.id === active ? 'app-nav__link app-nav__link--active' : 'app-nav__link'}
            aria-current={link.id === active ? 'page' : undefined}
            data-testid={`nav-${link.id}`}
          >
            {t(link.label)}
          </Link>
        ))}
      </nav>
      <LanguageSelect className="lang-switch" />
      <div className="user-menu">
        <Link
          href="/account"
          className={active === 'account' ? 'user-menu__name user-menu__name--active' : 'user-menu__name'}
          title={t('nav.account')}
          data-testid="nav-account"
        >
          <span className="user-menu__avatar" aria-hidden="true">
            {(me.displayName || me.username).slice(0, 1).toUpperCase()}
          </span>
          {me.displayName || me.username}
        </Link>
        <button type="button" className="user-menu__logout" onClick={() => void signOut()} data-testid="logout">
          {t('account.signOut')}
        </button>
      </div>
    </header>
  );
}
