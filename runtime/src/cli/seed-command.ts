import type { Command } from 'commander';
import { withCliServices } from './cli-services.js';
import { publishDemoTemplates } from './demo-templates.js';
import { printLine } from './cli-output.js';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('publish the demo templates as a new version')
    .action(async () => {
      const published = await withCliServices((services) => publishDemoTemplates(services.app));
      printLine(`Published version ${published.version} (${published.hash.slice(0, 12)}): ${published.message}`);
    });
}
