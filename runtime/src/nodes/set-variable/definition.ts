import { defineNode } from '../define-node.js';
import type { SetVariableConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

export default defineNode<SetVariableConfig>({
  type: 'set-variable',
  typeVersion: 1,
  title: { en: 'Set variables', 'zh-CN': '设置变量' },
  description: {
    en: 'Sets variables from expressions, in order.',
    'zh-CN': '按顺序用表达式给变量赋值。',
  },
  category: 'logic',
  icon: 'variable',
  ports: [{ name: 'next', title: { en: 'Next', 'zh-CN': '下一步' } }],
  waitsForInput: false,
  configSchema,
});
