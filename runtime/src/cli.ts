#!/usr/bin/env node
/**
 * The `kefu` executable. The only place that decides the process's exit: a command's
 * error becomes one line on stderr and exit code 1.
 */
import { CommanderError } from 'commander';
import { buildProgram } from './cli/build-program.js';
import { printError } from './cli/cli-output.js';
import { isKefuError } from './errors.js';

try {
  await buildProgram().exitOverride().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander already printed usage or help; `--help` and `--version` exit 0.
    process.exitCode = error.exitCode;
  } else {
    printError(`kefu: ${isKefuError(error) ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
