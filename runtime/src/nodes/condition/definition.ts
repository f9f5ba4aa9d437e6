import { defineNode } from '../define-node.js';
import type { ConditionConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

export default defineNode<ConditionConfig>({
  type: 'condition',
  typeVersion: 1,
  title: { en: 'Condition', 'zh-CN': '条件分支' },
  description: {
    en: 'Takes the first branch whose condition is true, otherwise Else.',
    'zh-CN': '按顺序检查分支，走第一个条件为真的分支，否则走“其他”。',
  },
  category: 'logic',
  icon: 'split',
  ports: [{ name: 'else', title: { en: 'Else', 'zh-CN': '其他' } }],
  dynamicPorts: { from: '/branches', key: 'id', labelKey: 'label' },
  waitsForInput: false,
  configSchema,
});
