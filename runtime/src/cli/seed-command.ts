import type { Command } from 'commander';
import { withCliServices } from './cli-services.js';
import { publishDemoTemplates } from './demo-templates.js';
import { printLine } from './cli-output.js';

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('import the sample knowledge bases (when empty) and publish the demo templates as a new version')
    .action(async () => {
      const published = await withCliServices((services) => publishDemoTemplates(services.app));
      for (const kb of published.knowledgeBases) {
        printLine(kb.imported > 0 ? `Imported ${kb.imported} sample articles into knowledge base ${kb.name}` : `Knowledge base ${kb.name} already has articles; left as it is`);
      }
      printLine(`Published version ${published.version} (${published.hash.slice(0, 12)}): ${published.message}`);
    });
}
