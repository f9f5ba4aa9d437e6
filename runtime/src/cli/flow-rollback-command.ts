import type { Command } from 'commander';
import { KefuError } from '../errors.js';
import { withCliServices } from './cli-services.js';

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
      const published = await withCliServices((services) => services.app.publishing.rollback(version, options.author ?? 'cli'));
      console.log(`Published version ${published.version} ${published.hash} (rolled back to ${version})`);
    });
}
