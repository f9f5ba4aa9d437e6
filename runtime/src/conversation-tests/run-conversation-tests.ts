import type { BundleDocument, NodeCatalogEntry } from '@kefu/schemas';
import type { Logger } from '../engine/types.js';
import { defaultKbIndex } from './default-kb-index.js';
import { MemoryKbRuntime, type KbSearchIndex } from '../kb/memory-kb-runtime.js';
import { PUBLIC_HTTP, type HttpClient } from '../net/http-client.js';
import type { NodeExecutor } from '../nodes/define-executor.js';
import type { ConversationTestFile } from './conversation-test-file.js';
import type { ConversationTestFileResult } from './conversation-test-result.js';
import { runCase } from './run-case.js';
import { StubHttpClient } from './stub-http-client.js';
import { testBundle } from './test-bundle.js';

export interface RunConversationTestsOptions {
  /** The published bundle, for files that list no flows. */
  bundle?: BundleDocument | null;
  catalog: NodeCatalogEntry[];
  executors: ReadonlyMap<string, NodeExecutor>;
  /** Clock for executors; defaults to a fixed instant so runs are reproducible. */
  now?: () => Date;
  logger?: Logger;
  /** The retrieval index for the file's knowledge bases (default: the engine's `KbIndex`). */
  createKbIndex?: (kb: string) => KbSearchIndex;
  /** HTTP for files without `http:` stubs (default: public addresses only). */
  http?: HttpClient;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** Runs every case of a loaded test file against the engine, in memory (no database). */
export async function runConversationTests(
  file: ConversationTestFile,
  options: RunConversationTestsOptions,
): Promise<ConversationTestFileResult> {
  const target = testBundle(file, options.catalog, options.bundle ?? null);
  if (!target.ok) {
    return {
      file: file.path,
      name: file.name,
      problems: target.problems,
      cases: file.cases.map((c) => ({ name: c.name, passed: false })),
      passed: 0,
      failed: file.cases.length,
    };
  }
  const fixed = new Date('2025-01-01T00:00:00Z');
  const now = options.now ?? (() => fixed);
  const services = {
    now,
    logger: options.logger ?? silent,
    executors: options.executors,
    handoff: { request: async () => file.handoff },
    ...(file.kbs ? { kb: memoryKb(file.kbs, options.createKbIndex ?? defaultKbIndex, now) } : {}),
  };
  const cases = [];
  for (const testCase of file.cases) {
    const stubs = file.http ? new StubHttpClient(file.http) : null;
    const http = stubs ?? options.http ?? PUBLIC_HTTP;
    const result = await runCase(testCase, target.bundle, testCase.locale ?? target.locale, { ...services, http });
    if (result.failure && stubs && stubs.unmatched.length > 0) {
      result.failure.message += ` (no http stub matched: ${stubs.unmatched.join(', ')})`;
    }
    cases.push(result);
  }
  const passed = cases.filter((c) => c.passed).length;
  return { file: file.path, name: file.name, problems: [], cases, passed, failed: cases.length - passed };
}

/** The file's knowledge bases, shared by its cases (indexing and training happen once). */
function memoryKb(kbs: NonNullable<ConversationTestFile['kbs']>, createIndex: (kb: string) => KbSearchIndex, now: () => Date): MemoryKbRuntime {
  const bases = Object.fromEntries(Object.entries(kbs).map(([name, kb]) => [name, kb.articles]));
  return new MemoryKbRuntime({ bases, createIndex, now });
}
