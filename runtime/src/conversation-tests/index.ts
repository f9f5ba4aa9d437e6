export { loadConversationTestFile } from './load-conversation-test-file.js';
export { runConversationTests, type RunConversationTestsOptions } from './run-conversation-tests.js';
export { formatResults } from './format-results.js';
export { ConversationTestFileError, type ConversationTestFile, type ConversationTestCase, type TestFileProblem } from './conversation-test-file.js';
export type { CaseResult, CaseFailure, ConversationTestFileResult } from './conversation-test-result.js';
