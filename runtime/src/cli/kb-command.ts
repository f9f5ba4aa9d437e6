/** `kefu kb …`: the knowledge base for maintainers, CI jobs and benchmarks. Honours KEFU_DATABASE_URL. */
import type { Command } from 'commander';
import { printLine } from './cli-output.js';
import { withCliServices } from './cli-services.js';
import { registerKbExportCommand } from './kb-export-command.js';
import { registerKbImportCommand } from './kb-import-command.js';
import { describeModel } from './kb-model-line.js';
import { registerKbSearchCommand } from './kb-search-command.js';

export function registerKbCommand(program: Command): void {
  const kb = program.command('kb').description('import, export, search and retrain knowledge bases');
  registerKbImportCommand(kb);
  registerKbExportCommand(kb);
  registerKbSearchCommand(kb);
  kb.command('retrain')
    .description('train a new model version now, evaluate it on the test set and activate it unless top-1 falls')
    .option('--kb <name>', 'knowledge base', 'default')
    .action(async (options: { kb: string }) => {
      const model = await withCliServices(({ app }) => app.kb.retrain(options.kb));
      printLine(describeModel(model));
      if (!model.active) process.exitCode = 2;
    });
}
