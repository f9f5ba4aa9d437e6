import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { printLine } from './cli-output.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(async () => {
      const applied = await migrate(loadConfig().database);
      printLine(applied.length === 0 ? 'The database is up to date.' : `Applied: ${applied.join(', ')}`);
    });
}
