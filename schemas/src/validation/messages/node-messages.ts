/** Messages for the checks of a node type's definition (plugin authors read them), in every console language. */
import { p, type MessageCatalogue } from './message-catalogue.js';

export const NODE_MESSAGES: MessageCatalogue = {
  KEFU_NODE_CONFIG_SCHEMA_INVALID: {
    en: (x) => `the config schema does not compile: ${p(x, 'detail')}`,
    'zh-CN': (x) => `配置 schema 无法编译：${p(x, 'detail')}`,
  },
  KEFU_NODE_CONFIG_NOT_OBJECT: {
    en: () => 'the config schema must describe an object ("type": "object")',
    'zh-CN': () => '配置 schema 必须描述一个对象（"type": "object"）',
  },
  KEFU_NODE_CONFIG_NOT_CLOSED: {
    en: () => 'the config schema must be closed ("additionalProperties": false), so a misspelt field is an error',
    'zh-CN': () => '配置 schema 必须是封闭的（"additionalProperties": false），拼错的字段才会报错',
  },
  KEFU_NODE_PORT_DUPLICATE: {
    en: (x) => `port "${p(x, 'name')}" is already declared by /ports/${p(x, 'firstIndex')}`,
    'zh-CN': (x) => `端口 "${p(x, 'name')}" 已由 /ports/${p(x, 'firstIndex')} 声明`,
  },
  KEFU_NODE_PORT_RESERVED: {
    en: () => 'the "error" port is implicit on every node and must not be declared',
    'zh-CN': () => '"error" 端口是每个节点隐含的，不能再声明',
  },
};
