import type { Command } from 'commander';
import { loadConfig } from '../config.js';
import { loadNodeTypes } from '../plugins/load-node-types.js';
import { printLine } from './cli-output.js';

/**
 * Checks plugins exactly as `kefu serve` loads them and lists their node types: what a
 * plugin author runs before publishing the package, and an operator before a restart.
 * Returns the exit code.
 */
export async function runPluginCheck(paths: readonly string[], print: (line: string) => void, cwd: string = process.cwd()): Promise<number> {
  // Folders given here are resolved against `cwd` by the loader, as KEFU_PLUGINS's by loadConfig.
  const specs = paths.length > 0 ? paths : (loadConfig().plugins ?? []);
  if (specs.length === 0) {
    print('no plugins: name plugin folders or packages, or set KEFU_PLUGINS');
    return 1;
  }
  const { plugins } = await loadNodeTypes(specs, cwd);
  for (const plugin of plugins) print(`${plugin.name} ${plugin.version} (${plugin.root}): ${plugin.types.join(', ')}`);
  return 0;
}

/** `kefu plugin check [paths…]` */
export function registerPluginCommand(program: Command): void {
  program
    .command('plugin')
    .description('node-type plugins (docs/plugins.md)')
    .command('check')
    .description('load plugins as `kefu serve` would (KEFU_PLUGINS, or the folders and packages given) and list their node types; exits 1 on any problem')
    .argument('[plugins...]', 'plugin folders or package names')
    .action(async (paths: string[]) => {
      process.exitCode = await runPluginCheck(paths, printLine);
    });
}
