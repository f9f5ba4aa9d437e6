#!/usr/bin/env node
// Copies the JSON Schemas into dist/ after `tsc`, so `dist/schemas.js` can import them
// and consumers can load `@kefu/schemas/<name>.schema.json` (package.json "exports").
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'src/json');
for (const target of [join(root, 'dist/json'), join(root, 'dist')]) {
  await mkdir(target, { recursive: true });
  for (const name of await readdir(source)) {
    if (name.endsWith('.json')) await copyFile(join(source, name), join(target, name));
  }
}
