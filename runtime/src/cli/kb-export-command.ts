/** `kefu kb export`: the articles in an import format, to a file or (text formats) stdout. */
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { KefuError } from '../errors.js';
import type { KbService } from '../kb/kb-service.js';
import { printError } from './cli-output.js';
import { withCliServices } from './cli-services.js';

export interface KbExportOptions {
  kb: string;
  format: string;
  out?: string;
}

export async function runKbExport(kb: KbService, options: KbExportOptions, stdout: NodeJS.WritableStream = process.stdout): Promise<void> {
  const format = options.format;
  if (format !== 'jsonl' && format !== 'csv' && format !== 'xlsx') throw new KefuError('KEFU_ERR_BAD_REQUEST', '--format is jsonl, csv or xlsx.', { path: '/format' });
  if (format === 'xlsx' && !options.out) throw new KefuError('KEFU_ERR_BAD_REQUEST', 'An XLSX export needs --out <file>.', { path: '/out' });
  const file = await kb.exportArticles(options.kb, format);
  if (options.out) {
    await writeFile(options.out, file.content);
    printError(`Exported ${options.kb} to ${options.out}`);
  } else {
    await new Promise<void>((resolve, reject) => stdout.write(file.content, (error) => (error ? reject(error) : resolve())));
  }
}

export function registerKbExportCommand(kb: Command): void {
  kb.command('export')
    .description('export articles (stdout for jsonl and csv, or --out)')
    .option('--kb <name>', 'knowledge base', 'default')
    .option('--format <format>', 'jsonl, csv or xlsx', 'jsonl')
    .option('--out <file>', 'write to this file')
    .action(async (options: KbExportOptions) => {
      await withCliServices(({ app }) => runKbExport(app.kb, options));
    });
}
