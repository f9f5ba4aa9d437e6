import type { Locale } from '@kefu/schemas';

export const LOCALE_STORAGE_KEY = 'kefu.locale';

/**
 * The console language: the one the user chose last time, else the browser's
 * (any Chinese variant maps to zh-CN, everything else to English).
 */
export function detectLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (stored === 'en' || stored === 'zh-CN') return stored;
  for (const language of browserLanguages) {
    const lower = language.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
