import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { VarValue } from '../engine/types.js';
import {
  ConversationTestFileError,
  type ConversationTestCase,
  type ConversationTestFile,
  type TestFileProblem,
} from './conversation-test-file.js';
import { loadKbFile } from './load-kb-file.js';
import { parseStep } from './parse-step.js';
import type { HttpStub } from './stub-http-client.js';
import { testFileSchema } from './test-file-schema.js';
import type { TestStep } from './test-step.js';

const MAX_FILE_BYTES = 2 * 1024 * 1024;

function pointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

async function readJson(file: string, problems: TestFileProblem[]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    problems.push({ file, path: '', message: `cannot read: ${reason}` });
    return undefined;
  }
}

/**
 * Reads and validates a conversation test file (YAML, or JSON which is YAML too) and
 * the flow and settings files it names. Throws ConversationTestFileError listing every
 * problem with its file, JSON Pointer and line.
 */
export async function loadConversationTestFile(path: string): Promise<ConversationTestFile> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConversationTestFileError([{ file, path: '', message: `cannot read: ${(error as Error).message}` }]);
  }
  if (text.length > MAX_FILE_BYTES) throw new ConversationTestFileError([{ file, path: '', message: 'file is larger than 2 MB' }]);

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // The line of the node at `path`, or of its nearest existing ancestor (a missing key).
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth -= 1) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const offset = node && typeof node === 'object' && 'range' in node ? (node.range as number[] | undefined)?.[0] : undefined;
      if (offset !== undefined) return lineCounter.linePos(offset).line;
    }
    return undefined;
  };
  if (doc.errors.length > 0) {
    throw new ConversationTestFileError(
      doc.errors.map((e) => ({ file, path: '', line: lineCounter.linePos(e.pos[0]).line, message: e.message.split('\n')[0] ?? e.message })),
    );
  }

  const problems: TestFileProblem[] = [];
  const report = (path: (string | number)[], message: string) => problems.push({ file, path: pointer(path), line: lineOf(path), message });
  const raw: unknown = doc.toJS();
  const parsed = testFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      report(issue.path.filter((p): p is string | number => typeof p !== 'symbol'), issue.message);
    }
  }
  // Steps are checked even when the rest of the file is not, so one run reports everything.
  const rawCases = raw && typeof raw === 'object' && 'cases' in raw && Array.isArray(raw.cases) ? (raw.cases as unknown[]) : [];
  const stepsByCase = rawCases.map((c, caseIndex) => {
    const rawSteps = c && typeof c === 'object' && 'steps' in c && Array.isArray(c.steps) ? (c.steps as unknown[]) : [];
    const steps: TestStep[] = [];
    rawSteps.forEach((rawStep, stepIndex) => {
      const at = ['cases', caseIndex, 'steps', stepIndex];
      const result = parseStep(rawStep);
      if ('issues' in result) for (const issue of result.issues) report([...at, ...issue.path], issue.message);
      else steps.push({ ...result.step, line: lineOf(at) });
    });
    return steps;
  });
  if (!parsed.success || problems.length > 0) throw new ConversationTestFileError(problems);
  const input = parsed.data;

  const cases: ConversationTestCase[] = input.cases.map((c, caseIndex) => {
    const steps = stepsByCase[caseIndex] ?? [];
    return {
      name: c.name,
      ...(c.locale ? { locale: c.locale } : {}),
      exhaustive: c.exhaustive ?? input.exhaustive ?? false,
      vars: (c.vars ?? {}) as Record<string, VarValue>,
      steps,
      line: lineOf(['cases', caseIndex]),
    };
  });

  const base = dirname(file);
  const flows = input.flows
    ? await Promise.all(input.flows.map(async (f) => ({ path: resolve(base, f), document: await readJson(resolve(base, f), problems) })))
    : null;
  const settingsPath = input.settings ? resolve(base, input.settings) : null;
  const settings = settingsPath ? { path: settingsPath, document: await readJson(settingsPath, problems) } : null;
  const kbFiles = typeof input.kb === 'string' ? { default: input.kb } : (input.kb ?? null);
  let kbs: ConversationTestFile['kbs'] = null;
  if (kbFiles) {
    kbs = {};
    for (const [name, relative] of Object.entries(kbFiles)) {
      const kbPath = resolve(base, relative);
      kbs[name] = { path: kbPath, articles: await loadKbFile(kbPath, problems) };
    }
  }
  if (problems.length > 0) throw new ConversationTestFileError(problems);

  return {
    path: file,
    name: input.name,
    ...(input.locale ? { locale: input.locale } : {}),
    ...(input.startFlow ? { startFlow: input.startFlow } : {}),
    flows,
    settings,
    kbs,
    handoff: input.handoff ?? 'no-agent',
    http: (input.http as HttpStub[] | undefined) ?? null,
    cases,
  };
}
