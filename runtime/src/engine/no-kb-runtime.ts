import type { KbRuntime } from '../kb/kb-types.js';

function unavailable(): never {
  throw new Error('No knowledge base is available to this runtime');
}

/**
 * The KB a runtime without one gets: every call fails, so a `kb-answer` node leaves by
 * its `error` port (or the engine apologises) instead of pretending it found nothing.
 */
export const NO_KB: KbRuntime = {
  search: async () => unavailable(),
  article: async () => unavailable(),
  logUnanswered: async () => unavailable(),
  recordFeedback: async () => unavailable(),
};
