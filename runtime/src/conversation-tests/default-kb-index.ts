import type { KbSearchIndex } from '../kb/memory-kb-runtime.js';

/** The retrieval engine's index, as conversation tests use it for `kb:` files. */
export function defaultKbIndex(_kb: string): KbSearchIndex {
  throw new Error('TODO: KbIndex');
}
