/**
 * The `kefu` command tree. Commands throw; `cli.ts` turns errors into one line on
 * stderr and an exit code.
 */
import { Command } from 'commander';
import { registerChatCommand } from './chat-command.js';
import { withCliServices } from './cli-services.js';
import { registerCustomerCommand } from './customer-command.js';
import { registerFlowPublishCommand } from './flow-publish-command.js';
import { registerFlowRollbackCommand } from './flow-rollback-command.js';
import { registerFlowValidateCommand } from './flow-validate-command.js';
import { registerFlowVersionsCommand } from './flow-versions-command.js';
import { registerKbCommand } from './kb-command.js';
import { registerMigrateCommand } from './migrate-command.js';
import { registerPluginCommand } from './plugin-command.js';
import { registerSeedCommand } from './seed-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerTestCommand } from './test-command.js';
import { registerUserCommand } from './user-command.js';

export function buildProgram(): Command {
  const program = new Command('kefu').description('Kefu: low-code customer service').showHelpAfterError();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerSeedCommand(program);
  const flow = program.command('flow').description('validate, publish and roll back flows');
  registerFlowValidateCommand(flow);
  registerFlowPublishCommand(flow);
  registerFlowVersionsCommand(flow);
  registerFlowRollbackCommand(flow);
  registerChatCommand(program);
  registerUserCommand(program);
  registerCustomerCommand(program);
  registerKbCommand(program);
  registerPluginCommand(program);
  registerTestCommand(program, {
    loadPublishedBundle: () =>
      withCliServices(async ({ app }) => {
        const version = await app.publishing.currentVersion();
        return version === null ? null : ((await app.publishing.getVersion(version))?.bundle ?? null);
      }),
  });
  return program;
}
