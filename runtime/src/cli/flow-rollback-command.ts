import type { Command } from 'commander';
import { KefuError } from '../errors.js';
import { auditedRollback } from '../audit/audited-publishing.js';
import { cliActor } from './cli-actor.js';
import { withCliServices } from './cli-services.js';
import { printLine } from './cli-output.js';

export function registerFlowRollbackCommand(flow: Command): void {
  flow
    .command('rollback')
    .description('publish a copy of version N as the new current version')
    .argument('<version>', 'the version to roll back to')
    .option('--author <name>', 'recorded as the author', process.env.USER ?? 'cli')
    .action(async (versionText: string, options: { author?: string }) => {
      const version = Number(versionText);
      if (!Number.isInteger(version) || version < 1) {
        throw new KefuError('KEFU_ERR_BAD_REQUEST', `"${versionText}" is not a version number.`, { path: '/version' });
      }
      const author = options.author ?? 'cli';
      const published = await withCliServices(({ app }) => auditedRollback(app, version, author, cliActor(author)));
      printLine(`Published version ${published.version} ${published.hash} (rolled back to ${version})`);
    });
}
