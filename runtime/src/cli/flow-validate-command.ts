import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  DEFAULT_SETTINGS,
  validateBundle,
  validateFlow,
  type BundleSettings,
  type FlowDocument,
  type NodeCatalogEntry,
  type Problem,
} from '@kefu/schemas';
import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { builtinCatalog } from '../nodes/builtin-catalog.js';
import { loadNodeTypes } from '../plugins/load-node-types.js';
import { printLine } from './cli-output.js';

type Print = (line: string) => void;

const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage']);

/** Flow files under a directory: *.json, except tests and settings. */
async function flowFilesIn(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !SKIPPED_DIRS.has(entry.name)) found.push(...(await flowFilesIn(path)));
    } else if (entry.name.endsWith('.json') && !entry.name.includes('.test.') && !entry.name.startsWith('settings')) {
      found.push(path);
    }
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function line(file: string, problem: Pick<Problem, 'severity' | 'path' | 'message'>): string {
  return `${problem.severity === 'warning' ? 'warning: ' : ''}${file}: ${problem.path || '/'}: ${problem.message}`;
}

/**
 * Validates flow files (and directories of them) the way publishing does and prints
 * one line per problem. Each flow is checked alone; two or more flows (or a settings
 * file) are also checked together as a bundle, which catches go-to-flow targets that
 * do not exist. Returns the exit code: 1 when any error was found.
 */
export async function runFlowValidate(paths: readonly string[], print: Print, catalog: NodeCatalogEntry[] = builtinCatalog): Promise<number> {
  const files: string[] = [];
  const lines = new Set<string>();
  let errors = 0;
  let warnings = 0;
  const report = (text: string, severity: Problem['severity']) => {
    if (lines.has(text)) return;
    lines.add(text);
    print(text);
    if (severity === 'error') errors += 1;
    else warnings += 1;
  };

  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) report(`${path}: /: file not found`, 'error');
    else if (info.isDirectory()) files.push(...(await flowFilesIn(path)));
    else files.push(path);
  }

  const flows: { file: string; doc: unknown }[] = [];
  let settings: { file: string; doc: unknown } | null = null;
  for (const file of files) {
    let doc: unknown;
    try {
      doc = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      report(`${file}: /: not valid JSON (${(error as Error).message})`, 'error');
      continue;
    }
    if (basename(file).startsWith('settings') || (isObject(doc) && 'entryFlows' in doc)) {
      settings = { file, doc };
    } else if (isObject(doc) && !('nodes' in doc) && !('startNodeId' in doc) && !('edges' in doc) && !('schemaVersion' in doc)) {
      // package.json, tsconfig.json, a template index… picked up by a broad glob.
      report(line(file, { severity: 'warning', path: '', message: 'not a flow document (no "schemaVersion", "nodes" or "edges"); skipped' }), 'warning');
    } else {
      flows.push({ file, doc });
      for (const problem of validateFlow(doc, catalog).problems) report(line(file, problem), problem.severity);
    }
  }

  if (flows.length > 1 || (settings && flows.length > 0)) {
    const first = flows.find((f) => isObject(f.doc))?.doc as Partial<FlowDocument> | undefined;
    const locale = first?.locale ?? 'en';
    // Without a settings file, start the bundle at the first flow so only cross-flow problems show.
    const bundleSettings: unknown = settings?.doc ?? ({ ...DEFAULT_SETTINGS, defaultLocale: locale, entryFlows: { [locale]: first?.id ?? '' } } satisfies BundleSettings);
    const result = validateBundle({ flows: flows.map((f) => f.doc), settings: bundleSettings }, catalog);
    for (const problem of result.problems) {
      const flowMatch = /^\/flows\/(\d+)(.*)$/.exec(problem.path);
      const settingsMatch = /^\/settings(.*)$/.exec(problem.path);
      if (flowMatch) report(line(flows[Number(flowMatch[1])]?.file ?? 'bundle', { ...problem, path: flowMatch[2] ?? '' }), problem.severity);
      else if (settingsMatch && settings) report(line(settings.file, { ...problem, path: settingsMatch[1] ?? '' }), problem.severity);
      else report(line('bundle', problem), problem.severity);
    }
  }

  const checked = flows.length + (settings ? 1 : 0);
  print(`${checked} file${checked === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return errors > 0 || checked === 0 ? 1 : 0;
}

/** `kefu flow validate <files or dirs…>` */
export function registerFlowValidateCommand(flow: Command): void {
  flow
    .command('validate')
    .description('check flow files like a publish would (schema and semantic checks); exits 1 on any error')
    .argument('<files...>', 'flow JSON files or directories (searched for *.json, skipping *.test.* and settings*.json)')
    .action(async (paths: string[]) => {
      const { catalog } = await loadNodeTypes(loadConfig().plugins ?? []);
      process.exitCode = await runFlowValidate(paths, printLine, catalog);
    });
}
