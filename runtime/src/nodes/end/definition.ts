import { defineNode } from '../define-node.js';
import type { EndConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

export default defineNode<EndConfig>({
  type: 'end',
  typeVersion: 1,
  title: { en: 'End', 'zh-CN': '结束' },
  description: {
    en: 'Ends the conversation; inside a sub-flow, returns to the calling flow.',
    'zh-CN': '结束会话；在子流程中则返回调用它的流程。',
  },
  category: 'flow',
  icon: 'stop',
  ports: [],
  waitsForInput: false,
  terminal: true,
  configSchema,
});
