import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTestFiles } from './test-command.js';

const templates = fileURLToPath(new URL('../../../templates/', import.meta.url));

async function runTests(paths: string[], options: Parameters<typeof runTestFiles>[2] = {}) {
  const lines: string[] = [];
  const code = await runTestFiles(paths, (line) => lines.push(...line.split('\n')), options);
  return { code, lines };
}

describe('kefu test', () => {
  it('runs every test file in a directory and prints ✓ per case and a summary', async () => {
    const { code, lines } = await runTests([join(templates, 'tests')]);
    expect(code).toBe(0);
    expect(lines).toContain('  ✓ greets and shows the menu');
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  it('exits 1 with the first mismatch of a failing case', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-test-'));
    const flows = join(templates, 'flows/collect-info.en.json');
    writeFileSync(join(dir, 'x.test.yaml'), `name: x\nflows: [${flows}]\ncases:\n  - name: wrong\n    steps:\n      - bot: Hello\n`);
    const { code, lines } = await runTests([dir]);
    expect(code).toBe(1);
    expect(lines).toContain('  ✗ wrong');
    expect(lines).toContainEqual(expect.stringMatching(/x\.test\.yaml:6: expected the bot to say "Hello"/));
    expect(lines.at(-1)).toBe('0 passed, 1 failed');
  });

  it('runs files without flows against the published bundle, loading it once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-test-'));
    for (const name of ['a', 'b']) writeFileSync(join(dir, `${name}.test.yaml`), `name: ${name}\ncases: [{ name: c, steps: [{ bot: hi }] }]\n`);
    let loads = 0;
    const { code, lines } = await runTests([dir], { loadPublishedBundle: async () => { loads += 1; return null; } });
    expect(code).toBe(1);
    expect(loads).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/no flows listed and no published version/));
  });

  it('reports a broken test file with its line and still exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-test-'));
    writeFileSync(join(dir, 'bad.test.yaml'), 'name: bad\ncases:\n  - name: c\n    steps:\n      - shout: hi\n');
    const { code, lines } = await runTests([join(dir, 'bad.test.yaml')]);
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/bad\.test\.yaml:5: \/cases\/0\/steps\/0: a step has exactly one of/));
    expect(lines.at(-1)).toBe('1 test file could not be run');
  });
});
