import { describe, expect, it } from 'vitest';
import { detectLocale } from './detect-locale';
import { en } from './en';
import { translate } from './translate';
import { zhCN } from './zh-CN';

describe('console language', () => {
  it('prefers the remembered choice, then the browser languages in order', () => {
    expect(detectLocale('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(detectLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLocale(null, ['fr-FR', 'en-GB', 'zh'])).toBe('en');
    expect(detectLocale('klingon', ['de'])).toBe('en');
  });

  it('has every string in both languages, none empty, with the same placeholders', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(zhCN[key].trim(), key).not.toBe('');
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'flow.versionBadge', { version: 3 })).toBe('Version 3');
    expect(translate('zh-CN', 'flow.versionBadge', { version: 3 })).toBe('版本 3');
    expect(translate('en', 'versions.rolledBack', { version: 2 })).toBe('Version 2 is live again, published as version {newVersion}.');
  });
});
