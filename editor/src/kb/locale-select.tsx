import type { Locale } from '@kefu/schemas';
import { useI18n } from '../i18n/use-i18n';

/** The language of a knowledge base or an article (not the console language). */
export function LocaleSelect({ id, value, onChange, testId }: { id: string; value: Locale; onChange(locale: Locale): void; testId?: string }) {
  const { t } = useI18n();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('kb.field.locale')}
      </label>
      <select id={id} className="input" value={value} onChange={(event) => onChange(event.target.value === 'zh-CN' ? 'zh-CN' : 'en')} data-testid={testId}>
        <option value="zh-CN">{t('kb.locale.zh-CN')}</option>
        <option value="en">{t('kb.locale.en')}</option>
      </select>
    </div>
  );
}
