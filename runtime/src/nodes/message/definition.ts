import { defineNode } from '../define-node.js';
import type { MessageConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

export default defineNode<MessageConfig>({
  type: 'message',
  typeVersion: 1,
  title: { en: 'Message', 'zh-CN': '发送消息' },
  description: {
    en: 'Sends a text, optionally with quick-reply buttons.',
    'zh-CN': '发送一条文本，可附带快捷回复按钮。',
  },
  category: 'message',
  icon: 'message',
  ports: [{ name: 'next', title: { en: 'Next', 'zh-CN': '下一步' } }],
  waitsForInput: false,
  configSchema,
});
