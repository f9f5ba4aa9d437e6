import { defineNode } from '../define-node.js';
import type { AskConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

export default defineNode<AskConfig>({
  type: 'ask',
  typeVersion: 1,
  title: { en: 'Ask a question', 'zh-CN': '提问' },
  description: {
    en: 'Asks a question, validates the answer (text, number, email, phone, choice, pattern) and saves it in a variable.',
    'zh-CN': '提出问题，校验回答（文本、数字、邮箱、电话、选项、正则）并保存到变量。',
  },
  category: 'input',
  icon: 'help',
  ports: [
    { name: 'answered', title: { en: 'Answered', 'zh-CN': '已回答' } },
    { name: 'invalid', title: { en: 'Invalid (retries used up)', 'zh-CN': '无效（重试用尽）' }, optional: true },
    { name: 'timeout', title: { en: 'No answer in time', 'zh-CN': '超时未回答' }, optional: true },
  ],
  waitsForInput: true,
  configSchema,
});
