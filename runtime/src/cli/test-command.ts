import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BundleDocument, NodeCatalogEntry } from '@kefu/schemas';
import type { Command } from 'commander';
import { ConversationTestFileError } from '../conversation-tests/conversation-test-file.js';
import type { ConversationTestFileResult } from '../conversation-tests/conversation-test-result.js';
import { formatResults } from '../conversation-tests/format-results.js';
import { loadConversationTestFile } from '../conversation-tests/load-conversation-test-file.js';
import { runConversationTests } from '../conversation-tests/run-conversation-tests.js';
import { builtinCatalog } from '../nodes/builtin-catalog.js';
import { builtinExecutors } from '../nodes/builtin-nodes.js';
import type { NodeExecutor } from '../nodes/define-executor.js';
import { loadConfig } from '../config.js';
import { guardedHttpClient, type HttpClient } from '../net/http-client.js';
import { loadNodeTypes } from '../plugins/load-node-types.js';
import { printLine } from './cli-output.js';

export interface TestCommandOptions {
  /** Loads the current published bundle, for test files that list no flows. Called at most once. */
  loadPublishedBundle?: () => Promise<BundleDocument | null>;
  catalog?: NodeCatalogEntry[];
  executors?: ReadonlyMap<string, NodeExecutor>;
  /** HTTP for files without `http:` stubs (the configured SSRF policy). */
  http?: HttpClient;
}

const TEST_FILE = /\.test\.(ya?ml|json)$/;

async function testFilesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') found.push(...(await testFilesIn(path)));
    else if (entry.isFile() && TEST_FILE.test(entry.name)) found.push(path);
  }
  return found;
}

/** Runs conversation test files (and directories of them); returns the exit code. */
export async function runTestFiles(paths: readonly string[], print: (line: string) => void, options: TestCommandOptions = {}): Promise<number> {
  let broken = 0;
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      print(`${path}: file not found`);
      broken += 1;
    } else files.push(...(info.isDirectory() ? await testFilesIn(path) : [path]));
  }
  if (files.length === 0 && broken === 0) {
    print('no conversation tests found (files named *.test.yaml, *.test.yml or *.test.json)');
    return 1;
  }

  let published: Promise<BundleDocument | null> | undefined;
  const results: ConversationTestFileResult[] = [];
  for (const path of files) {
    try {
      const file = await loadConversationTestFile(path);
      if (!file.flows && !published) published = options.loadPublishedBundle?.() ?? Promise.resolve(null);
      results.push(
        await runConversationTests(file, {
          bundle: file.flows ? null : await published!,
          catalog: options.catalog ?? builtinCatalog,
          executors: options.executors ?? builtinExecutors,
          ...(options.http ? { http: options.http } : {}),
        }),
      );
    } catch (error) {
      if (!(error instanceof ConversationTestFileError)) throw error;
      broken += 1;
      for (const p of error.problems) print(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.path || '/'}: ${p.message}`);
    }
  }
  if (results.length > 0) print(formatResults(results));
  if (broken > 0) print(`${broken} test file${broken === 1 ? '' : 's'} could not be run`);
  return broken > 0 || results.some((r) => r.failed > 0) ? 1 : 0;
}

/** `kefu test <files or dirs…>` */
export function registerTestCommand(program: Command, options: TestCommandOptions = {}): void {
  program
    .command('test')
    .description('run conversation tests: scripted customer turns and the bot replies expected (see docs/conversation-tests.md)')
    .argument('<paths...>', 'test files or directories (searched for *.test.yaml, *.test.yml, *.test.json)')
    .action(async (paths: string[]) => {
      const config = loadConfig();
      const { catalog, executors } = await loadNodeTypes(config.plugins ?? []);
      const http = guardedHttpClient({ allow: config.ssrfAllow ?? [] });
      process.exitCode = await runTestFiles(paths, printLine, { catalog, executors, http, ...options });
    });
}
