/**
 * How alike two customer questions are, for grouping unanswered questions: the larger of
 * the Jaccard index over the retrieval tokens (synonyms folded, stopwords dropped) and
 * over Chinese character bigrams — jieba may cut 怎么开发票 as 开发票 but 发票怎么开 as
 * 发票 + 开, and the bigrams still see the same question.
 */
import { tokenize } from './retrieval/index.js';

/** At or above this, a question joins an open group. */
export const GROUP_SIMILARITY = 0.5;

export interface QuestionTerms {
  tokens: Set<string>;
  bigrams: Set<string>;
}

const HAN_RUN = /\p{Script=Han}+/gu;

export function questionTerms(question: string): QuestionTerms {
  const bigrams = new Set<string>();
  for (const [run] of question.matchAll(HAN_RUN)) {
    if (run.length === 1) bigrams.add(run);
    for (let index = 0; index + 2 <= run.length; index += 1) bigrams.add(run.slice(index, index + 2));
  }
  return { tokens: new Set(tokenize(question)), bigrams };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

export function similarity(a: QuestionTerms, b: QuestionTerms): number {
  return Math.max(jaccard(a.tokens, b.tokens), jaccard(a.bigrams, b.bigrams));
}
