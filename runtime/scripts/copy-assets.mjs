#!/usr/bin/env node
// Copies every src/**/*.json (node config schemas, data files) into dist/ keeping
// paths, so the compiled runtime finds them next to its modules. Test fixtures stay out.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const skipped = new Set(['fixtures', 'test-support', 'node_modules']);

function* jsonFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skipped.has(entry.name)) yield* jsonFiles(join(dir, entry.name));
    } else if (entry.name.endsWith('.json')) {
      yield join(dir, entry.name);
    }
  }
}

let copied = 0;
for (const file of jsonFiles(src)) {
  const target = join(dist, relative(src, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
  copied += 1;
}
console.log(`copy-assets: ${copied} JSON file(s) copied to dist/`);
