import type { Locale } from '@kefu/schemas';
import { en, type MessageKey } from './en';
import { zhCN } from './zh-CN';

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-CN': zhCN };

export type TranslateParams = Record<string, string | number>;

/** Looks `key` up in `locale`'s dictionary and fills `{name}` placeholders from `params`. */
export function translate(locale: Locale, key: MessageKey, params?: TranslateParams): string {
  const template = DICTIONARIES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
