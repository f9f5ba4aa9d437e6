import { defineNode } from '../define-node.js';
import type { StartConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

export default defineNode<StartConfig>({
  type: 'start',
  typeVersion: 1,
  title: { en: 'Start', 'zh-CN': '开始' },
  description: { en: 'Where the flow begins.', 'zh-CN': '流程的起点。' },
  category: 'flow',
  icon: 'play',
  ports: [{ name: 'next', title: { en: 'Next', 'zh-CN': '下一步' } }],
  waitsForInput: false,
  configSchema,
});
