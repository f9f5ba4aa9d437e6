/**
 * `kefu kb import <file>`: all or nothing. On problems, one `file:row N: field: message`
 * line each on stderr and exit 1 with nothing written; otherwise the counts, then an
 * immediate retrain (no debounce in a one-shot command) and the new model's figures.
 */
import { readFile } from 'node:fs/promises';
import { LOCALES, type Locale } from '@kefu/schemas';
import type { Command } from 'commander';
import { KefuError } from '../errors.js';
import { formatOfFile } from '../kb/import/read-import-file.js';
import type { KbService } from '../kb/kb-service.js';
import type { ImportFormat, ImportRowProblem } from '../kb/kb-types.js';
import { cliActor } from './cli-actor.js';
import { printError, printLine } from './cli-output.js';
import { withCliServices } from './cli-services.js';
import { describeModel } from './kb-model-line.js';

export interface KbImportOptions {
  kb: string;
  replace?: boolean;
  format?: string;
  dryRun?: boolean;
  locale?: string;
}

export function importProblemLine(file: string, problem: ImportRowProblem): string {
  return `${file}:row ${problem.row}: ${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
}

function formatOf(file: string, given: string | undefined): ImportFormat {
  const format = given ?? formatOfFile(file);
  if (format === 'jsonl' || format === 'csv' || format === 'xlsx') return format;
  throw new KefuError('KEFU_ERR_BAD_REQUEST', `Cannot tell the format of ${file}; give --format jsonl|csv|xlsx.`, { path: '/format' });
}

/** Runs the import on an open KB service; returns the exit code. */
export async function runKbImport(kb: KbService, file: string, options: KbImportOptions, out = printLine, err = printError): Promise<number> {
  const format = formatOf(file, options.format);
  const locale = (options.locale ?? 'zh-CN') as Locale;
  if (!LOCALES.includes(locale)) throw new KefuError('KEFU_ERR_BAD_REQUEST', `--locale is one of ${LOCALES.join(', ')}.`, { path: '/locale' });
  const content = await readFile(file);
  if ((await kb.listBases()).every((base) => base.name !== options.kb)) {
    await kb.createBase({ name: options.kb, title: options.kb, locale });
    out(`Created knowledge base ${options.kb} (${locale})`);
  }
  const report = await kb.importArticles(options.kb, format, content, { replace: options.replace ?? false, dryRun: options.dryRun ?? false, author: cliActor().actor.name });
  if (!report.ok) {
    for (const problem of report.problems) err(importProblemLine(file, problem));
    err(`${file}: ${report.problems.length} problem(s); nothing was imported`);
    return 1;
  }
  const verb = options.dryRun ? 'Would import' : 'Imported';
  out(`${verb} ${file} into ${options.kb}: ${report.created} created, ${report.updated} updated, ${report.removed} removed`);
  if (!options.dryRun) out(describeModel(await kb.retrain(options.kb)));
  return 0;
}

export function registerKbImportCommand(kb: Command): void {
  kb.command('import <file>')
    .description('import articles from JSON Lines, CSV or XLSX (all or nothing)')
    .option('--kb <name>', 'knowledge base (created when missing)', 'default')
    .option('--replace', 'remove articles that are not in the file')
    .option('--format <format>', 'jsonl, csv or xlsx (default: from the file extension)')
    .option('--dry-run', 'validate and report only; write nothing')
    .option('--locale <locale>', 'locale of a knowledge base created by this import', 'zh-CN')
    .action(async (file: string, options: KbImportOptions) => {
      process.exitCode = await withCliServices(({ app }) => runKbImport(app.kb, file, options));
    });
}
