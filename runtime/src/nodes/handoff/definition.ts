import { defineNode } from '../define-node.js';
import type { HandoffConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

/**
 * Escalation to a person. Until the agent inbox exists the runtime's handoff service
 * reports no agents online, so the node leaves by `no-agent` (docs/manual/designer.*.md
 * "Hand over to a person"); flows built now keep working when the inbox arrives.
 */
export default defineNode<HandoffConfig>({
  type: 'handoff',
  typeVersion: 1,
  title: { en: 'Hand over to a person', 'zh-CN': '转人工' },
  description: {
    en: 'Asks for a human agent of a skill group and waits in the queue.',
    'zh-CN': '请求指定技能组的人工客服，并在队列中等待。',
  },
  category: 'handoff',
  icon: 'user',
  ports: [
    { name: 'assigned', title: { en: 'Agent assigned', 'zh-CN': '已分配客服' } },
    { name: 'no-agent', title: { en: 'No agent online', 'zh-CN': '无客服在线' } },
    { name: 'timeout', title: { en: 'Queue timed out', 'zh-CN': '排队超时' } },
  ],
  waitsForInput: true,
  configSchema,
});
