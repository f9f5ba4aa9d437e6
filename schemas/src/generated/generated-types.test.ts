import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/generate-types.mjs', import.meta.url));

describe('generated types', () => {
  it('are up to date with the JSON Schemas', () => {
    // Throws (non-zero exit) when a checked-in file differs from a fresh generation.
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
