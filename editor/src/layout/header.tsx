import type { Locale } from '@kefu/schemas';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../routing/link';
import type { Route } from '../routing/match-route';

const LANGUAGES: { locale: Locale; label: string }[] = [
  { locale: 'en', label: 'English' },
  { locale: 'zh-CN', label: '中文' },
];

type Section = 'flows' | 'versions' | 'chat';

function sectionOf(route: Route): Section | null {
  switch (route.page) {
    case 'flows':
    case 'flow':
    case 'draft':
      return 'flows';
    case 'versions':
    case 'version':
      return 'versions';
    case 'chat':
      return 'chat';
    default:
      return null;
  }
}

export function Header({ route }: { route: Route }) {
  const { locale, setLocale, t } = useI18n();
  const active = sectionOf(route);
  const links: { section: Section; href: string; label: string }[] = [
    { section: 'flows', href: '/', label: t('nav.flows') },
    { section: 'versions', href: '/versions', label: t('nav.versions') },
    { section: 'chat', href: '/chat', label: t('nav.chat') },
  ];
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
            key={link.section}
            href={link.href}
            className={link.section === active ? 'app-nav__link app-nav__link--active' : 'app-nav__link'}
            aria-current={link.section === active ? 'page' : undefined}
            data-testid={`nav-${link.section}`}
          >
            {link.label}
          </Link>
        ))}
      </nav>
      <label className="lang-switch">
        <span className="visually-hidden">{t('lang.label')}</span>
        <select
          data-testid="lang-switch"
          value={locale}
          onChange={(event) => setLocale(event.target.value === 'zh-CN' ? 'zh-CN' : 'en')}
          aria-label={t('lang.label')}
        >
          {LANGUAGES.map((language) => (
            <option key={language.locale} value={language.locale}>
              {language.label}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
