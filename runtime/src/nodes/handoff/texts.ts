import type { Locale } from '@kefu/schemas';

/** The node's standard wording when the designer leaves a text empty. */
export const HANDOFF_TEXTS: Record<Locale, { queued: string; waiting: string }> = {
  en: {
    queued: 'I am connecting you to one of our agents. Please stay in this chat.',
    waiting: 'You are still in the queue; an agent will be with you as soon as possible.',
  },
  'zh-CN': {
    queued: '正在为您转接人工客服，请不要离开对话。',
    waiting: '您仍在排队中，客服将尽快为您服务。',
  },
};
