/** The KB retrieval engine: what the store, CLI, console and `kb-answer` node build on. */
export { KbIndex, DEFAULT_THRESHOLDS } from './kb-index.js';
export type { IndexedArticle, RetrievalOptions, Thresholds, SearchOutcome, TrainingStats, Evaluation, ModelSnapshot } from './kb-index.js';
export { tokenize, normalizeText, Tokenizer } from './tokenizer.js';
export type { TokenizeOptions, TokenizerOptions } from './tokenizer.js';
export { DEFAULT_DICTIONARY, DEFAULT_SYNONYMS } from './domain-terms.js';
