import type { KbSearchIndex } from '../kb/memory-kb-runtime.js';
import { KbIndex } from '../kb/retrieval/index.js';

/** The retrieval engine's index with its default settings, as conversation tests use it for `kb:` files. */
export function defaultKbIndex(): KbSearchIndex {
  return new KbIndex();
}
