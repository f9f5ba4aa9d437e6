import type { Locale } from '@kefu/schemas';
import type { HandoffOutcome } from '../engine/handoff-service.js';
import type { VarValue } from '../engine/types.js';
import type { ArticleInput } from '../kb/kb-types.js';
import type { HttpStub } from './stub-http-client.js';
import type { TestStep } from './test-step.js';

export interface ConversationTestCase {
  name: string;
  locale?: Locale;
  /** When true, every bot message must be checked by a `bot` step. */
  exhaustive: boolean;
  /** Variables set before the conversation starts. */
  vars: Record<string, VarValue>;
  steps: TestStep[];
  line?: number;
}

/** A loaded, validated test file. Flow and settings documents are validated when run. */
export interface ConversationTestFile {
  path: string;
  name: string;
  locale?: Locale;
  startFlow?: string;
  /** Null: run against the published version. */
  flows: { path: string; document: unknown }[] | null;
  settings: { path: string; document: unknown } | null;
  /** Knowledge bases by name, loaded from the files the test names; null when it names none. */
  kbs: Record<string, { path: string; articles: ArticleInput[] }> | null;
  /** What the handoff service answers in this file's conversations. */
  handoff: HandoffOutcome;
  /** Canned HTTP answers (`http:`); null: nodes call the real systems through the SSRF guard. */
  http: HttpStub[] | null;
  cases: ConversationTestCase[];
}

/** A problem in a test file (or a file it refers to), with a JSON Pointer and, for YAML, a line. */
export interface TestFileProblem {
  file: string;
  path: string;
  line?: number;
  message: string;
}

export class ConversationTestFileError extends Error {
  constructor(readonly problems: TestFileProblem[]) {
    super(problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.path || '/'}: ${p.message}`).join('\n'));
    this.name = 'ConversationTestFileError';
  }
}
