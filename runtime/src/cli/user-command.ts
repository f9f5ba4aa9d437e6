/**
 * `kefu user create|list|disable`: staff accounts from the command line, e.g. the first
 * admin of a fresh install or a scripted provisioning. Honours KEFU_DATABASE_URL like
 * every command. Without `--password` the password is read from stdin (first line), so
 * it need not appear in the shell history or the process list.
 */
import type { Command } from 'commander';
import { checkRoles } from '../accounts/account-input.js';
import type { Actor } from '../accounts/account-types.js';
import { KefuError } from '../errors.js';
import { cliActor } from './cli-actor.js';
import { withCliServices } from './cli-services.js';
import { printLine } from './cli-output.js';

interface CreateOptions {
  username: string;
  role: string[];
  password?: string;
  displayName?: string;
  skillGroup: string[];
  mustChangePassword?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function operator(): Actor {
  const { actor, requestId } = cliActor();
  return { ...actor, requestId };
}

export async function readPasswordFromStdin(stdin: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<string> {
  if (stdin.isTTY) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', 'Give --password, or pipe the password on stdin (echo "$PASSWORD" | kefu user create …).', { path: '/password' });
  }
  let text = '';
  for await (const chunk of stdin) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  const password = text.split(/\r?\n/)[0] ?? '';
  if (password === '') throw new KefuError('KEFU_ERR_BAD_REQUEST', 'No password on stdin.', { path: '/password' });
  return password;
}

export function registerUserCommand(program: Command): void {
  const user = program.command('user').description('create, list and disable console users');

  user
    .command('create')
    .description('create a user (password from --password or the first line of stdin)')
    .requiredOption('--username <name>', 'login name (stored lower-case)')
    .option('--role <role>', 'admin, designer, agent or qa-inspector (repeatable)', collect, [])
    .option('--password <password>', 'the password; omit to read it from stdin')
    .option('--display-name <name>', 'shown in the console')
    .option('--skill-group <group>', 'skill group of an agent (repeatable)', collect, [])
    .option('--must-change-password', 'require a password change at first login')
    .action(async (options: CreateOptions) => {
      const roles = checkRoles(options.role);
      const password = options.password ?? (await readPasswordFromStdin());
      const created = await withCliServices(({ app }) =>
        app.accounts.createUser(
          {
            username: options.username,
            roles,
            password,
            skillGroups: options.skillGroup,
            mustChangePassword: options.mustChangePassword === true,
            ...(options.displayName ? { displayName: options.displayName } : {}),
          },
          operator(),
        ),
      );
      printLine(`Created user ${created.user.username} (${created.user.id}) with roles ${created.user.roles.join(', ')}`);
    });

  user
    .command('list')
    .description('list users')
    .action(async () => {
      const users = await withCliServices(({ app }) => app.accounts.listUsers());
      for (const entry of users) {
        const flags = [entry.disabled ? 'disabled' : 'active', entry.totpEnabled ? '2fa' : null, entry.mustChangePassword ? 'must-change-password' : null].filter(Boolean);
        printLine(`${entry.username}\t${entry.roles.join(',')}\t${entry.skillGroups.join(',') || '-'}\t${flags.join(',')}`);
      }
    });

  user
    .command('disable')
    .description('disable a user and end all their sessions')
    .argument('<username>', 'the user to disable')
    .action(async (username: string) => {
      await withCliServices(async ({ app }) => {
        const found = await app.accounts.findByUsername(username);
        if (!found) throw new KefuError('KEFU_ERR_NOT_FOUND', `No user "${username}".`, { path: '/username' });
        await app.accounts.disableUser(found.id, operator());
      });
      printLine(`Disabled ${username.toLowerCase()}; their sessions have ended.`);
    });
}
