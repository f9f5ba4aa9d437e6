import type { Locale } from '@kefu/schemas';

type MessageKey = 'nodeFailed' | 'stepLimit' | 'sessionTimeout';

const MESSAGES: Record<Locale, Record<MessageKey, string>> = {
  en: {
    nodeFailed: 'Sorry, something went wrong on our side. Please start a new conversation.',
    stepLimit: 'Sorry, something went wrong on our side. Please start a new conversation.',
    sessionTimeout: 'This conversation was closed because it was idle. Send a message any time to start again.',
  },
  'zh-CN': {
    nodeFailed: '抱歉，系统出现了问题，请重新发起会话。',
    stepLimit: '抱歉，系统出现了问题，请重新发起会话。',
    sessionTimeout: '由于长时间没有消息，本次会话已结束。您可以随时发送消息重新开始。',
  },
};

/** Texts of the messages the engine itself says, in the conversation's locale. */
export function systemMessage(key: MessageKey, locale: Locale): string {
  return MESSAGES[locale][key];
}
