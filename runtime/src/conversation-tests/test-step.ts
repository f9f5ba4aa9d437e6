import type { BotExpectation, StateExpectation } from './test-file-schema.js';

/** One step of a case, as the runner executes it. `line` is its line in the test file. */
export type TestStep = { line?: number } & (
  | { kind: 'bot'; expect: BotExpectation }
  | { kind: 'user'; text: string }
  | { kind: 'choose'; choice: string }
  | { kind: 'timeout'; timer: string }
  | { kind: 'close' }
  | { kind: 'expect'; expect: StateExpectation }
);
