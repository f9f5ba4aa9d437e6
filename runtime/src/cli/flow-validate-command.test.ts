import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFlowValidate } from './flow-validate-command.js';

const templates = fileURLToPath(new URL('../../../templates/', import.meta.url));
const templateFlows = readdirSync(join(templates, 'flows')).filter((f) => f.endsWith('.json'));

async function validate(paths: string[]) {
  const lines: string[] = [];
  const code = await runFlowValidate(paths, (line) => lines.push(line));
  return { code, lines };
}

describe('kefu flow validate', () => {
  it('accepts the templates, as a directory and as a broad glob would list them', async () => {
    expect(await validate([join(templates, 'flows')])).toEqual({ code: 0, lines: [`${templateFlows.length} files checked: 0 errors, 0 warnings`] });
    // What `templates/**/*.json` expands to with globstar: non-flow JSON files are skipped with a warning.
    const flows = templateFlows.map((f) => `flows/${f}`);
    const globbed = ['index.json', 'package.json', 'settings.json', 'tsconfig.json', ...flows].map((f) => join(templates, f));
    const result = await validate(globbed);
    expect(result.lines).toEqual([
      `warning: ${join(templates, 'index.json')}: /: not a flow document (no "schemaVersion", "nodes" or "edges"); skipped`,
      `warning: ${join(templates, 'package.json')}: /: not a flow document (no "schemaVersion", "nodes" or "edges"); skipped`,
      `warning: ${join(templates, 'tsconfig.json')}: /: not a flow document (no "schemaVersion", "nodes" or "edges"); skipped`,
      `${templateFlows.length + 1} files checked: 0 errors, 3 warnings`,
    ]);
    expect(result.code).toBe(0);

    const partial = await validate([join(templates, 'settings.json'), join(templates, 'flows/welcome-menu.en.json'), join(templates, 'flows/collect-info.en.json')]);
    expect(partial.code).toBe(1);
    expect(partial.lines).toContainEqual(expect.stringMatching(/settings\.json: \/entryFlows\/zh-CN: .*welcome-menu-zh/));
  });

  it('prints file: /json/pointer: message for each problem and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-validate-'));
    const flow = JSON.parse(readFileSync(join(templates, 'flows/collect-info.en.json'), 'utf8')) as { nodes: { config: Record<string, unknown> }[] };
    flow.nodes[2]!.config.retrys = 3;
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(flow));
    writeFileSync(join(dir, 'not-json.json'), '{ nope');
    const { code, lines } = await validate([dir]);
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${join(dir, 'broken.json')}: /nodes/2/config: .*retrys`)));
    expect(lines).toContainEqual(expect.stringMatching(/not-json\.json: \/: not valid JSON/));
    expect(lines.at(-1)).toMatch(/^1 file checked: 2 errors/);
  });

  it('checks several flows together: a go-to-flow target must exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-validate-'));
    const welcome = readFileSync(join(templates, 'flows/welcome-menu.en.json'), 'utf8');
    writeFileSync(join(dir, 'welcome.json'), welcome);
    writeFileSync(join(dir, 'other.json'), readFileSync(join(templates, 'flows/collect-info.zh-CN.json'), 'utf8'));
    const { code, lines } = await validate([join(dir, 'welcome.json'), join(dir, 'other.json')]);
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/welcome\.json: \/nodes\/\d+\/config\/flowId: .*collect-info-en/));
  });

  it('validates a document that claims to be a flow instead of skipping it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefu-validate-'));
    writeFileSync(join(dir, 'stub.json'), JSON.stringify({ schemaVersion: 1 }));
    const { code, lines } = await validate([join(dir, 'stub.json')]);
    expect(code).toBe(1);
    expect(lines).toContainEqual(expect.stringMatching(/stub\.json: \/: missing required field "nodes"/));
  });

  it('reports a missing file', async () => {
    expect(await validate(['/nonexistent/flow.json'])).toMatchObject({ code: 1, lines: ['/nonexistent/flow.json: /: file not found', '0 files checked: 1 error, 0 warnings'] });
  });
});
