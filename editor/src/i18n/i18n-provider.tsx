import type { Locale } from '@kefu/schemas';
import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { detectLocale, LOCALE_STORAGE_KEY } from './detect-locale';
import type { MessageKey } from './en';
import { translate, type TranslateParams } from './translate';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: TranslateParams): string;
  /** A date and time in the viewer's language and time zone. */
  formatDateTime(iso: string): string;
}

export const I18nContext = createContext<I18n | null>(null);

function readStoredLocale(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null; // storage disabled (private mode, policy): fall back to the browser language
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => detectLocale(readStoredLocale(), navigator.languages));

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(LOCALE_STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      formatDateTime: (iso) => dateTime.format(new Date(iso)),
    };
  }, [locale, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
