/** Messages for the cross-flow checks of a bundle, in every console language. */
import { p, type MessageCatalogue } from './message-catalogue.js';

export const BUNDLE_MESSAGES: MessageCatalogue = {
  KEFU_BUNDLE_DUPLICATE_FLOW_ID: {
    en: (x) => `flow id "${p(x, 'id')}" is already used by /flows/${p(x, 'firstIndex')}`,
    'zh-CN': (x) => `流程 id "${p(x, 'id')}" 已被 /flows/${p(x, 'firstIndex')} 使用`,
  },
  KEFU_BUNDLE_UNKNOWN_FLOW: {
    en: (x) => `flow "${p(x, 'id')}" is not part of this publication`,
    'zh-CN': (x) => `流程 "${p(x, 'id')}" 不在本次发布中`,
  },
  KEFU_BUNDLE_ENTRY_FLOW_MISSING: {
    en: (x) => `the entry flow for ${p(x, 'locale')}, "${p(x, 'id')}", is not part of this publication`,
    'zh-CN': (x) => `${p(x, 'locale')} 的入口流程 "${p(x, 'id')}" 不在本次发布中`,
  },
  KEFU_BUNDLE_ENTRY_FLOW_LOCALE: {
    en: (x) => `the entry flow for ${p(x, 'locale')}, "${p(x, 'id')}", is a ${p(x, 'flowLocale')} flow`,
    'zh-CN': (x) => `${p(x, 'locale')} 的入口流程 "${p(x, 'id')}" 是 ${p(x, 'flowLocale')} 语言的流程`,
  },
  KEFU_BUNDLE_NO_DEFAULT_ENTRY: {
    en: (x) => `the default language ${p(x, 'locale')} has no entry flow`,
    'zh-CN': (x) => `默认语言 ${p(x, 'locale')} 没有入口流程`,
  },
};
