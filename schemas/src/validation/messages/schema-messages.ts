/** Messages for structural (JSON Schema) problems, in every console language. */
import type { Locale } from '../../catalog.js';
import { p, type MessageCatalogue, type MessageParams } from './message-catalogue.js';

const TYPE_NAMES: Record<Locale, Record<string, string>> = {
  en: { string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false', array: 'a list', object: 'an object', null: 'empty (null)' },
  'zh-CN': { string: '文本', integer: '整数', number: '数字', boolean: 'true 或 false', array: '列表', object: '对象', null: '空值 (null)' },
};

function typeText(locale: Locale, params: MessageParams): string {
  const names = p(params, 'expected').split(',').map((type) => TYPE_NAMES[locale][type] ?? type);
  const or = locale === 'en' ? ' or ' : '或';
  let text = names.join(or);
  if (params.minimum !== undefined) text += ` ≥ ${params.minimum}`;
  if (params.maximum !== undefined) text += locale === 'en' ? ` and ≤ ${params.maximum}` : ` 且 ≤ ${params.maximum}`;
  return text;
}

export const SCHEMA_MESSAGES: MessageCatalogue = {
  KEFU_SCHEMA_REQUIRED: {
    en: (x) => `missing required field "${p(x, 'field')}"`,
    'zh-CN': (x) => `缺少必填字段 "${p(x, 'field')}"`,
  },
  KEFU_SCHEMA_UNKNOWN_FIELD: {
    en: (x) => `unknown field "${p(x, 'field')}" ${x.suggestion === undefined ? '(misspelt?)' : `(did you mean "${x.suggestion}"?)`}`,
    'zh-CN': (x) => `未知字段 "${p(x, 'field')}"${x.suggestion === undefined ? '（是否拼写错误？）' : `（是否应为 "${x.suggestion}"？）`}`,
  },
  KEFU_SCHEMA_TYPE: {
    en: (x) => `must be ${typeText('en', x)}`,
    'zh-CN': (x) => `必须是${typeText('zh-CN', x)}`,
  },
  KEFU_SCHEMA_RANGE: {
    en: (x) => `must be ${x.integer === 1 ? 'a whole number ' : ''}${p(x, 'comparison')} ${p(x, 'limit')}`,
    'zh-CN': (x) => `必须${x.integer === 1 ? '是整数且' : ''} ${p(x, 'comparison')} ${p(x, 'limit')}`,
  },
  KEFU_SCHEMA_MULTIPLE_OF: {
    en: (x) => `must be a multiple of ${p(x, 'multipleOf')}`,
    'zh-CN': (x) => `必须是 ${p(x, 'multipleOf')} 的倍数`,
  },
  KEFU_SCHEMA_NOT_EMPTY: { en: () => 'must not be empty', 'zh-CN': () => '不能为空' },
  KEFU_SCHEMA_MIN_LENGTH: {
    en: (x) => `must be at least ${p(x, 'limit')} characters long`,
    'zh-CN': (x) => `长度至少为 ${p(x, 'limit')} 个字符`,
  },
  KEFU_SCHEMA_MAX_LENGTH: {
    en: (x) => `must be at most ${p(x, 'limit')} characters long`,
    'zh-CN': (x) => `长度不能超过 ${p(x, 'limit')} 个字符`,
  },
  KEFU_SCHEMA_PATTERN: {
    en: (x) => (x.hint === undefined ? `does not have the expected format (${p(x, 'pattern')})` : `does not have the expected format: ${x.hint}`),
    'zh-CN': (x) => (x.hint === undefined && x.hintZh === undefined ? `格式不正确（${p(x, 'pattern')}）` : `格式不正确：${x.hintZh ?? x.hint}`),
  },
  KEFU_SCHEMA_FORMAT: {
    en: (x) => `must be a valid ${p(x, 'format')}`,
    'zh-CN': (x) => `必须是有效的 ${p(x, 'format')}`,
  },
  KEFU_SCHEMA_ENUM: {
    en: (x) => `must be one of: ${p(x, 'allowed')}`,
    'zh-CN': (x) => `必须是以下之一：${p(x, 'allowed')}`,
  },
  KEFU_SCHEMA_CONST: {
    en: (x) => `must be ${p(x, 'allowed')}`,
    'zh-CN': (x) => `必须是 ${p(x, 'allowed')}`,
  },
  KEFU_SCHEMA_MIN_ITEMS: {
    en: (x) => `must have at least ${p(x, 'limit')} item${x.limit === 1 ? '' : 's'}`,
    'zh-CN': (x) => `至少需要 ${p(x, 'limit')} 项`,
  },
  KEFU_SCHEMA_MAX_ITEMS: {
    en: (x) => `must have at most ${p(x, 'limit')} items`,
    'zh-CN': (x) => `最多只能有 ${p(x, 'limit')} 项`,
  },
  KEFU_SCHEMA_UNIQUE_ITEMS: {
    en: (x) => `items ${p(x, 'first')} and ${p(x, 'second')} are the same; each item must be different`,
    'zh-CN': (x) => `第 ${p(x, 'first')} 项与第 ${p(x, 'second')} 项相同；各项不能重复`,
  },
  KEFU_SCHEMA_MIN_PROPERTIES: {
    en: (x) => `must have at least ${p(x, 'limit')} entr${x.limit === 1 ? 'y' : 'ies'}`,
    'zh-CN': (x) => `至少需要 ${p(x, 'limit')} 个条目`,
  },
  KEFU_SCHEMA_MAX_PROPERTIES: {
    en: (x) => `must have at most ${p(x, 'limit')} entries`,
    'zh-CN': (x) => `最多只能有 ${p(x, 'limit')} 个条目`,
  },
  KEFU_SCHEMA_PROPERTY_NAME: {
    en: (x) => `"${p(x, 'field')}" is not an allowed key${x.allowed === undefined ? '' : ` (allowed: ${x.allowed})`}`,
    'zh-CN': (x) => `"${p(x, 'field')}" 不是允许的键${x.allowed === undefined ? '' : `（允许：${x.allowed}）`}`,
  },
  KEFU_SCHEMA_INVALID: {
    en: (x) => `is not valid (${p(x, 'detail')})`,
    'zh-CN': (x) => `无效（${p(x, 'detail')}）`,
  },
};
