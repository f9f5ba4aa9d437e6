import type { Locale } from '@kefu/schemas';

/** The node's standard wording when the designer leaves a text empty. */
export const KB_ANSWER_TEXTS: Record<Locale, { suggestPrompt: string; noneLabel: string }> = {
  en: { suggestPrompt: 'Did you mean one of these?', noneLabel: 'None of these' },
  'zh-CN': { suggestPrompt: '您是不是想问：', noneLabel: '都不是' },
};
