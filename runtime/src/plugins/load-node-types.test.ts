import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateNodeDefinition } from '@kefu/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinCatalog } from '../nodes/builtin-catalog.js';
import { builtinNodeTypes, loadNodeTypes } from './load-node-types.js';

const examplePlugin = resolve(fileURLToPath(import.meta.url), '../../../../templates/plugins/order-status');

const title = { en: 'T', 'zh-CN': 'T' };
const closedSchema = { type: 'object', additionalProperties: false, properties: {} };

/** Writes a plugin folder: package.json with `kefu`, and node folders from `nodes`. */
async function writePlugin(root: string, kefu: unknown, nodes: Record<string, { schema?: unknown; definition?: string; executor?: string }>, name = 'acme-test'): Promise<string> {
  await mkdir(root, { recursive: true });
  await writeFile(join(root, 'package.json'), JSON.stringify({ name, version: '0.1.0', type: 'module', kefu }));
  for (const [node, files] of Object.entries(nodes)) {
    const folder = join(root, 'nodes', node);
    await mkdir(folder, { recursive: true });
    if (files.schema !== undefined) await writeFile(join(folder, 'config.schema.json'), JSON.stringify(files.schema));
    if (files.definition !== undefined) await writeFile(join(folder, 'definition.js'), files.definition);
    if (files.executor !== undefined) await writeFile(join(folder, 'executor.js'), files.executor);
  }
  return root;
}

function definitionSource(fields: Record<string, unknown>): string {
  return `export default ${JSON.stringify({ typeVersion: 1, title, category: 'integration', icon: 'plug', ports: [{ name: 'next', title }], waitsForInput: false, ...fields })};`;
}

async function problemsOf(specs: string[], cwd?: string): Promise<string> {
  const error = await loadNodeTypes(specs, cwd).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toMatchObject({ code: 'KEFU_ERR_CONFIG_INVALID' });
  return (error as Error).message;
}

describe('loading plugin node types', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kefu-plugins-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('every built-in definition passes the checks plugins must pass', () => {
    for (const entry of builtinCatalog) expect({ type: entry.type, ...validateNodeDefinition(entry) }).toEqual({ type: entry.type, ok: true, problems: [] });
  });

  it('offers only the built-in types when no plugin is configured', async () => {
    expect(await loadNodeTypes([])).toBe(builtinNodeTypes);
  });

  it('adds the example plugin: its catalog entry (schema from the file, source = package) and its executor', async () => {
    const types = await loadNodeTypes([examplePlugin]);
    const entry = types.catalog.find((candidate) => candidate.type === 'acme/order-status');
    expect(entry).toMatchObject({ source: '@acme/kefu-order-status', typeVersion: 1, category: 'integration', configSchema: { required: ['endpoint', 'orderNumber', 'statusVariable'] } });
    expect(types.executors.get('acme/order-status')).toMatchObject({ type: 'acme/order-status', typeVersion: 1 });
    expect(types.catalog).toHaveLength(builtinCatalog.length + 1);
    expect(types.executors.get('message')).toBe(builtinNodeTypes.executors.get('message'));
    expect(types.plugins).toEqual([{ name: '@acme/kefu-order-status', version: '1.0.0', root: examplePlugin, types: ['acme/order-status'] }]);
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it('finds a plugin installed in node_modules by its package name, from a sub-folder too', async () => {
    const project = join(dir, 'project');
    await cp(examplePlugin, join(project, 'node_modules/@acme/kefu-order-status'), { recursive: true });
    await mkdir(join(project, 'deploy'), { recursive: true });
    const types = await loadNodeTypes(['@acme/kefu-order-status'], join(project, 'deploy'));
    expect(types.plugins.map((plugin) => plugin.root)).toEqual([join(project, 'node_modules/@acme/kefu-order-status')]);
    expect(await problemsOf(['@acme/not-installed'], project)).toContain('@acme/not-installed: no package of that name in node_modules (for a folder, give its path, e.g. ./@acme/not-installed)');
  });

  it('reports every manifest problem at its pointer in package.json, and loads nothing', async () => {
    const root = await writePlugin(join(dir, 'bad-manifest'), { apiVersion: 2, nodes: ['Order', 'x', 'x'], namespace: 'ACME', colour: 'red' }, {});
    const message = await problemsOf([root]);
    const file = join(root, 'package.json');
    expect(message).toContain(`${file}: /kefu/apiVersion: is 2; this Kefu runs plugin API version 1`);
    expect(message).toContain(`${file}: /kefu/nodes/0: "Order" is not a node name`);
    expect(message).toContain(`${file}: /kefu/nodes/2: "x" is listed twice`);
    expect(message).toContain(`${file}: /kefu/namespace: "ACME" is not a namespace`);
    expect(message).toContain(`${file}: /kefu/colour: unknown manifest field`);
    const commonJs = join(dir, 'common-js');
    await writePlugin(commonJs, { apiVersion: 1, nodes: ['x'] }, {});
    await writeFile(join(commonJs, 'package.json'), JSON.stringify({ name: 'cjs', kefu: { apiVersion: 1, nodes: ['x'] } }));
    expect(await problemsOf([commonJs])).toContain(`${join(commonJs, 'package.json')}: /type: must be "module"`);
    const none = await writePlugin(join(dir, 'no-manifest'), undefined, {});
    expect(await problemsOf([none])).toContain(`${join(none, 'package.json')}: /kefu: missing`);
  });

  it('reports every problem of every node at once, each naming its file and pointer', async () => {
    const root = await writePlugin(join(dir, 'bad-nodes'), { apiVersion: 1, nodes: ['wrong-type', 'open-config', 'reserved-port', 'no-executor', 'missing-files', 'schema-differs'] }, {
      'wrong-type': { schema: closedSchema, definition: definitionSource({ type: 'acme-test/other' }), executor: 'export default () => ({});' },
      'open-config': { schema: { type: 'object' }, definition: definitionSource({ type: 'acme-test/open-config' }), executor: 'export default () => ({});' },
      'reserved-port': { schema: closedSchema, definition: definitionSource({ type: 'acme-test/reserved-port', ports: [{ name: 'error', title }] }), executor: 'export default () => ({});' },
      'no-executor': { schema: closedSchema, definition: definitionSource({ type: 'acme-test/no-executor' }), executor: 'export default 42;' },
      'missing-files': { schema: closedSchema },
      'schema-differs': { schema: closedSchema, definition: definitionSource({ type: 'acme-test/schema-differs', configSchema: { type: 'object', additionalProperties: false, properties: { x: { type: 'string' } } } }), executor: 'export default () => ({});' },
    });
    const message = await problemsOf([root]);
    const node = (name: string, file: string) => join(root, 'nodes', name, file);
    expect(message).toContain(`${node('wrong-type', 'definition.js')}: /type: is "acme-test/other"; this folder must define "acme-test/wrong-type"`);
    expect(message).toContain(`${node('open-config', 'config.schema.json')}: /additionalProperties: the config schema must be closed`);
    expect(message).toContain(`${node('reserved-port', 'definition.js')}: /ports/0/name: the "error" port is implicit`);
    expect(message).toContain(`${node('no-executor', 'executor.js')}: the default export must be a function`);
    expect(message).toContain(`${join(root, 'package.json')}: /kefu/nodes/4: ${node('missing-files', 'definition.js')}, ${node('missing-files', 'executor.js')} not found`);
    expect(message).toContain(`${node('schema-differs', 'definition.js')}: /configSchema: differs from config.schema.json`);
    expect(message).toMatch(/^plugins \(KEFU_PLUGINS\): 6 problem\(s\), none loaded:/);
  });

  it('refuses a type that another plugin already defines', async () => {
    const copy = join(dir, 'copy');
    await cp(examplePlugin, copy, { recursive: true });
    const message = await problemsOf([examplePlugin, copy]);
    expect(message).toContain(`${copy}: node type "acme/order-status" is already defined by @acme/kefu-order-status`);
  });

  it('reports a definition that cannot be loaded with the error it threw', async () => {
    const root = await writePlugin(join(dir, 'throws'), { apiVersion: 1, nodes: ['boom'] }, {
      boom: { schema: closedSchema, definition: 'throw new Error("no config here");', executor: 'export default () => ({});' },
    });
    expect(await problemsOf([root])).toContain(`${join(root, 'nodes/boom/definition.js')}: cannot be loaded: no config here`);
  });
});
