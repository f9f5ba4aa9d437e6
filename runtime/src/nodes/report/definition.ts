import { defineNode } from '../define-node.js';
import type { ReportConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

/** Emits a `report` effect (satisfaction scores, funnel steps) for reporting to consume. */
export default defineNode<ReportConfig>({
  type: 'report',
  typeVersion: 1,
  title: { en: 'Report', 'zh-CN': '上报数据' },
  description: {
    en: 'Records a reporting event, such as a satisfaction score, with values from the conversation.',
    'zh-CN': '记录一个统计事件（例如满意度评分），数值取自会话。',
  },
  category: 'logic',
  icon: 'variable',
  ports: [{ name: 'next', title: { en: 'Next', 'zh-CN': '下一步' } }],
  waitsForInput: false,
  configSchema,
});
