import type { KbDecision } from '../../../kb/kb-types.js';
import type { KbSearchIndex } from '../../../kb/memory-kb-runtime.js';

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/**
 * A predictable stand-in for the retrieval engine in the node's golden tests, which test
 * the node's conversation, not ranking quality: a query equal to a question or a
 * similar question (ignoring case and punctuation) is an `answer`; one sharing words with
 * questions is a `suggest` of those, most shared words first; anything else is `none`.
 */
export function wordOverlapIndex(): KbSearchIndex {
  const articles: { id: string; sentences: string[] }[] = [];
  const normal = (text: string) => [...words(text)].join(' ');
  return {
    upsert: (article) => {
      articles.push({ id: article.id, sentences: [article.question, ...article.similar] });
    },
    search: (query, { top, accept = () => true }) => {
      const asked = normal(query);
      const candidates = articles.filter((a) => accept(a.id));
      const exact = candidates.find((a) => a.sentences.some((s) => normal(s) === asked));
      if (exact) return { decision: 'answer' as KbDecision, hits: [{ id: exact.id, score: 1 }] };
      const queryWords = words(query);
      const scored = candidates
        .map((a) => ({ id: a.id, shared: Math.max(...a.sentences.map((s) => [...words(s)].filter((w) => queryWords.has(w)).length)) }))
        .filter((a) => a.shared > 0)
        .sort((x, y) => y.shared - x.shared)
        .slice(0, top);
      const hits = scored.map((a) => ({ id: a.id, score: Math.min(0.6, a.shared / 10) }));
      return { decision: hits.length > 0 ? 'suggest' : 'none', hits };
    },
  };
}
