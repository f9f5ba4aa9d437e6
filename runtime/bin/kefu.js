#!/usr/bin/env node
// The `kefu` executable. Checked in (not generated) so npm links it at install time;
// the CLI itself is the compiled runtime/dist/cli.js.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('kefu: the runtime is not built yet; run `npm run build` in the repository first.');
  process.exitCode = 1;
} else {
  await import(cli.href);
}
