import type { Command } from 'commander';
import type { BundleVersionSummary } from '../app/app-context.js';
import { withCliServices } from './cli-services.js';
import { printLine } from './cli-output.js';

export function registerFlowVersionsCommand(flow: Command): void {
  flow
    .command('versions')
    .description('list published versions, newest first')
    .action(async () => {
      const versions = await withCliServices((services) => services.app.publishing.listVersions());
      if (versions.length === 0) {
        printLine('Nothing has been published yet.');
        return;
      }
      printLine(versionsTable(versions));
    });
}

export function versionsTable(versions: readonly BundleVersionSummary[]): string {
  const rows = [
    ['VERSION', 'CURRENT', 'TIME', 'AUTHOR', 'MESSAGE', 'HASH'],
    ...versions.map((v) => [
      String(v.version),
      v.isCurrent ? '*' : '',
      v.createdAt.replace('T', ' ').replace(/\.\d+Z$/, 'Z'),
      v.author,
      v.rolledBackFrom === null ? v.message : `${v.message} (from ${v.rolledBackFrom})`,
      v.hash.slice(0, 12),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}
