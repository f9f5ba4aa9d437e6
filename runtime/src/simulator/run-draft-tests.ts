/**
 * Runs a flow's conversation tests (the same YAML format and runner as `kefu test`)
 * against its draft, in the simulator's bundle. Tests saved with a draft always run
 * against that draft, so they may not name flow, settings or knowledge-base files
 * (which would also let a console user make the server read its own files).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FlowDocument } from '@kefu/schemas';
import { isMap, parseDocument } from 'yaml';
import {
  ConversationTestFileError,
  loadConversationTestFile,
  runConversationTests,
  type CaseResult,
  type ConversationTestFile,
} from '../conversation-tests/index.js';
import { KefuError } from '../errors.js';
import { builtinExecutors } from '../nodes/builtin-nodes.js';
import { MAX_FLOW_TESTS_CHARS } from './flow-tests-store.js';
import type { SimulatorDeps } from './simulate.js';
import { simulatorBundle } from './simulator-bundle.js';

export interface DraftTestsResult {
  name: string;
  cases: CaseResult[];
  passed: number;
  failed: number;
}

/** Keys that name files next to a test file: the flows, the settings, knowledge-base data. */
const FORBIDDEN_KEYS = ['flows', 'settings', 'kb'] as const;

export async function runDraftTests(deps: SimulatorDeps, draft: FlowDocument, yaml: string): Promise<DraftTestsResult> {
  const file = await loadTestsText(yaml);
  const version = await deps.publishing.currentVersion();
  const published = version === null ? null : await deps.publishing.getVersion(version);
  const base = published && version !== null ? { version, bundle: published.bundle } : null;
  const { bundle } = simulatorBundle(base, draft, deps.catalog);
  const result = await runConversationTests(
    // Unless the file says otherwise, the conversation starts in the draft, in its language.
    { ...file, locale: file.locale ?? draft.locale, startFlow: file.startFlow ?? draft.id },
    { bundle, catalog: [...deps.catalog], executors: deps.executors ?? builtinExecutors, logger: deps.logger, ...(deps.http ? { http: deps.http } : {}) },
  );
  if (result.problems.length > 0) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', result.problems.join('\n'), { path: '/testsYaml', details: result.problems });
  }
  return { name: result.name, cases: result.cases, passed: result.passed, failed: result.failed };
}

/** Parses and checks the YAML with the runner's own loader, which reads files: give it one. */
async function loadTestsText(yaml: string): Promise<ConversationTestFile> {
  if (yaml.length > MAX_FLOW_TESTS_CHARS) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', `The tests are longer than ${MAX_FLOW_TESTS_CHARS} characters.`, { path: '/testsYaml' });
  }
  const top = parseDocument(yaml).contents;
  for (const key of FORBIDDEN_KEYS) {
    if (isMap(top) && top.has(key)) {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', `Tests saved with a draft run against the draft; remove "${key}".`, {
        path: `/testsYaml/${key}`,
      });
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'kefu-flow-tests-'));
  const path = join(dir, 'tests.yaml');
  try {
    await writeFile(path, yaml, 'utf8');
    return await loadConversationTestFile(path);
  } catch (error) {
    if (!(error instanceof ConversationTestFileError)) throw error;
    const problems = error.problems.map(({ path: pointer, line, message }) => ({ path: pointer, line: line ?? null, message }));
    const first = problems[0];
    const where = first ? `${first.line ? `line ${first.line}, ` : ''}${first.path || '/'}: ${first.message}` : '';
    throw new KefuError('KEFU_ERR_BAD_REQUEST', `The tests are not valid (${problems.length} problem(s)); ${where}`, {
      path: `/testsYaml${first?.path ?? ''}`,
      details: problems,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
