import { defineNode } from '../define-node.js';
import type { KbAnswerConfig } from './config.generated.js';
import configSchema from './config.schema.json' with { type: 'json' };

/**
 * Answers from the knowledge base by the search's confidence band (docs/manual/designer.*.md
 * "Answer from knowledge base"): `answer` replies and leaves by `answered`; `suggest`
 * offers up to three questions plus "none of these" and waits — a pick is answered
 * (`answered`), "none of these" is logged (`no-answer`), anything typed instead leaves by
 * `suggested`; `none` is logged and leaves by `no-answer`.
 */
export default defineNode<KbAnswerConfig>({
  type: 'kb-answer',
  typeVersion: 1,
  title: { en: 'Answer from knowledge base', 'zh-CN': '知识库回答' },
  description: {
    en: 'Searches a knowledge base: answers when sure, offers "did you mean" choices when unsure, logs the question when there is no answer.',
    'zh-CN': '检索知识库：有把握时直接回答，不确定时给出"您是不是想问"的选项，没有答案时记录问题。',
  },
  category: 'knowledge',
  icon: 'book',
  ports: [
    { name: 'answered', title: { en: 'Answered', 'zh-CN': '已回答' } },
    { name: 'suggested', title: { en: 'Suggestions not taken', 'zh-CN': '未采纳推荐' } },
    { name: 'no-answer', title: { en: 'No answer', 'zh-CN': '无答案' } },
  ],
  waitsForInput: true,
  configSchema,
});
