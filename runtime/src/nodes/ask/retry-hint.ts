import type { Locale } from '@kefu/schemas';
import type { AskConfig } from './config.generated.js';

type Kind = AskConfig['validation']['kind'];

const HINTS: Record<Locale, Record<Kind, string>> = {
  en: {
    text: 'Sorry, I did not get that.',
    number: 'Please answer with a number.',
    email: 'That does not look like an email address.',
    phone: 'That does not look like a phone number.',
    choice: 'Please pick one of the options.',
    regex: 'That does not look right.',
  },
  'zh-CN': {
    text: '抱歉，我没有理解。',
    number: '请输入一个数字。',
    email: '邮箱地址格式不正确。',
    phone: '手机号码格式不正确。',
    choice: '请从选项中选择一个。',
    regex: '格式不正确。',
  },
};

/** The short hint said before repeating a question when the node has no retry message. */
export function retryHint(kind: Kind, locale: Locale): string {
  return HINTS[locale][kind];
}
