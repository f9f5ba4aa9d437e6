import type { Command } from 'commander';
import type { BundleSettings, FlowDocument } from '@kefu/schemas';
import { isKefuError } from '../errors.js';
import { auditedPublish } from '../audit/audited-publishing.js';
import { cliActor } from './cli-actor.js';
import { withCliServices } from './cli-services.js';
import { problemLines, type ProblemLike } from './problem-lines.js';
import { readJsonFile } from './read-json-file.js';
import { printError, printLine } from './cli-output.js';

interface PublishOptions {
  message: string;
  settings?: string;
  replace?: boolean;
  author?: string;
}

export function registerFlowPublishCommand(flow: Command): void {
  flow
    .command('publish')
    .description('validate flows (and settings) and publish them as a new version')
    .argument('<files...>', 'flow JSON files')
    .requiredOption('-m, --message <message>', 'what changed, shown in the version history')
    .option('--settings <file>', 'bundle settings JSON (default: keep the current settings)')
    .option('--replace', 'the version holds exactly these flows (default: add or replace by id)')
    .option('--author <name>', 'recorded as the author', process.env.USER ?? 'cli')
    .action(async (files: string[], options: PublishOptions) => {
      const flows = (await Promise.all(files.map((file) => readJsonFile(file)))) as FlowDocument[];
      const settings = options.settings ? ((await readJsonFile(options.settings)) as BundleSettings) : undefined;
      const fileOfFlow = new Map<string, string>();
      flows.forEach((document, index) => {
        const id = (document as { id?: unknown }).id;
        if (typeof id === 'string') fileOfFlow.set(id, files[index] ?? '');
      });
      try {
        const author = options.author ?? 'cli';
        const published = await withCliServices(({ app }) =>
          auditedPublish(
            app,
            { flows, message: options.message, author, ...(settings ? { settings } : {}), ...(options.replace ? { replace: true } : {}) },
            cliActor(author),
          ),
        );
        printLine(`Published version ${published.version} ${published.hash}`);
      } catch (error) {
        if (isKefuError(error) && error.code === 'KEFU_ERR_FLOW_INVALID' && Array.isArray(error.details)) {
          for (const line of problemLines(error.details as ProblemLike[], fileOfFlow, options.settings)) printError(line);
          process.exitCode = 1;
          return;
        }
        throw error;
      }
    });
}
