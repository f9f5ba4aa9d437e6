import { defineNode } from '../define-node.js';
import type { GoToFlowConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

/**
 * Sub-flow call with return. Variables are conversation-wide, not per flow: the
 * sub-flow reads and writes the same variables as its caller, which is how it hands
 * results back (e.g. collect-info sets `vars.phone` for the menu to use).
 */
export default defineNode<GoToFlowConfig>({
  type: 'go-to-flow',
  typeVersion: 1,
  title: { en: 'Go to flow', 'zh-CN': '跳转子流程' },
  description: {
    en: 'Runs another flow, then continues by Done. Variables are shared with the sub-flow.',
    'zh-CN': '运行另一个流程，结束后从“完成”继续。变量在子流程间共享。',
  },
  category: 'flow',
  icon: 'flow',
  ports: [{ name: 'done', title: { en: 'Done', 'zh-CN': '完成' } }],
  waitsForInput: false,
  configSchema,
});
