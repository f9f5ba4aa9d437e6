import type { KbRuntime } from '../kb/kb-types.js';

/**
 * The real knowledge base as the simulator uses it: searches and articles come from
 * the live KB, but nothing is written back — a designer's test questions must not land
 * in the unanswered-question loop or count as customer feedback.
 */
export function readOnlyKb(kb: KbRuntime): KbRuntime {
  return {
    search: (name, query, options) => kb.search(name, query, options),
    article: (name, id) => kb.article(name, id),
    logUnanswered: async () => undefined,
    recordFeedback: async () => undefined,
  };
}
