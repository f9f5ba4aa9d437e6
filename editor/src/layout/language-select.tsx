import type { Locale } from '@kefu/schemas';
import { useI18n } from '../i18n/use-i18n';

const LANGUAGES: { locale: Locale; label: string }[] = [
  { locale: 'en', label: 'English' },
  { locale: 'zh-CN', label: '中文' },
];

/** The console language picker (header and sign-in screens). */
export function LanguageSelect({ className }: { className: string }) {
  const { locale, setLocale, t } = useI18n();
  return (
    <label className={className}>
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
  );
}
