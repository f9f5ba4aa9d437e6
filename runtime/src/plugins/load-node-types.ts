/**
 * Plugin packages: node types that live outside Kefu, loaded once at start.
 *
 * A plugin is an npm package or a folder whose package.json carries a manifest,
 * `"kefu": { "apiVersion": 1, "nodes": ["order-status"] }`, and holds one folder per
 * node under `nodes/` (or `kefu.nodesDir`) with the built-in nodes' file names:
 * `config.schema.json`, `definition.js`, `executor.js`. Types are namespaced
 * (`acme/order-status`) so no plugin can replace a built-in or another plugin's type.
 *
 * Everything is checked before anything is offered: the manifest, each definition
 * (`validateNodeDefinition`), that the config schema in the definition is the file's,
 * and that the executor is a function. Every problem is reported at once, each naming
 * the file and a JSON Pointer; a server with a broken plugin does not start.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalJson, validateNodeDefinition, type JsonSchema, type NodeCatalogEntry } from '@kefu/schemas';
import { KefuError } from '../errors.js';
import { isPluginPath } from './plugin-spec.js';
import { builtinCatalog } from '../nodes/builtin-catalog.js';
import { builtinExecutors } from '../nodes/builtin-nodes.js';
import type { NodeExecutor } from '../nodes/define-executor.js';
import type { NodeContext } from '../nodes/node-context.js';
import type { NodeResult } from '../nodes/node-result.js';

/** The plugin API version this runtime implements (`kefu.apiVersion` in a plugin's package.json). */
export const PLUGIN_API_VERSION = 1;

const NAME = /^[a-z][a-z0-9-]*$/;

export interface LoadedPlugin {
  /** The package name. */
  name: string;
  version: string;
  /** The package's folder. */
  root: string;
  /** The node types it adds, namespaced. */
  types: string[];
}

/** The node types a Kefu instance runs: the catalog (editor, publish checks) and the executors (engine). */
export interface NodeTypes {
  catalog: NodeCatalogEntry[];
  executors: ReadonlyMap<string, NodeExecutor>;
  plugins: LoadedPlugin[];
}

export const builtinNodeTypes: NodeTypes = { catalog: builtinCatalog, executors: builtinExecutors, plugins: [] };

type Manifest = { namespace: string; nodesDir: string; nodes: string[] };

/**
 * The built-in node types plus those of the plugins named in `specs` (KEFU_PLUGINS):
 * absolute folder paths, or package names looked up in the `node_modules` folders from
 * `cwd` upwards. Throws KEFU_ERR_CONFIG_INVALID listing every problem.
 */
export async function loadNodeTypes(specs: readonly string[], cwd: string = process.cwd()): Promise<NodeTypes> {
  if (specs.length === 0) return builtinNodeTypes;
  const problems: string[] = [];
  const catalog = [...builtinCatalog];
  const executors = new Map(builtinExecutors);
  const owners = new Map<string, string>(builtinCatalog.map((entry) => [entry.type, 'Kefu (built-in)']));
  const plugins: LoadedPlugin[] = [];
  for (const spec of specs) {
    const loaded = await loadPlugin(spec, cwd, problems);
    if (loaded === null) continue;
    for (const { entry, executor } of loaded.nodes) {
      const owner = owners.get(entry.type);
      if (owner !== undefined) {
        problems.push(`${loaded.plugin.root}: node type "${entry.type}" is already defined by ${owner}`);
        continue;
      }
      owners.set(entry.type, loaded.plugin.name);
      catalog.push(entry);
      executors.set(entry.type, executor);
    }
    plugins.push(loaded.plugin);
  }
  if (problems.length > 0) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', `plugins (KEFU_PLUGINS): ${problems.length} problem(s), none loaded:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  }
  return { catalog, executors, plugins };
}

interface LoadedNode {
  entry: NodeCatalogEntry;
  executor: NodeExecutor;
}

async function loadPlugin(spec: string, cwd: string, problems: string[]): Promise<{ plugin: LoadedPlugin; nodes: LoadedNode[] } | null> {
  const root = locate(spec, cwd);
  if (root === null) {
    problems.push(isPluginPath(spec) ? `${resolve(cwd, spec)}: no folder with a package.json here` : `${spec}: no package of that name in node_modules (for a folder, give its path, e.g. ./${spec})`);
    return null;
  }
  const packageFile = join(root, 'package.json');
  const pkg = await readJson(packageFile, problems);
  if (pkg === null) return null;
  const name = typeof pkg.name === 'string' ? pkg.name : spec;
  const manifest = readManifest(pkg, packageFile, problems);
  if (manifest === null) return null;
  if (pkg.type !== 'module') {
    problems.push(`${packageFile}: /type: must be "module" (Kefu imports definition.js and executor.js as ES modules)`);
    return null;
  }
  const nodes: LoadedNode[] = [];
  for (const [index, node] of manifest.nodes.entries()) {
    const loaded = await loadNode(join(root, manifest.nodesDir, node), `${manifest.namespace}/${node}`, name, `${packageFile}: /kefu/nodes/${index}`, problems);
    if (loaded !== null) nodes.push(loaded);
  }
  const version = typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  return { plugin: { name, version, root, types: nodes.map((node) => node.entry.type) }, nodes };
}

/** A folder path as given, or a package in a node_modules folder from `cwd` upwards. */
function locate(spec: string, cwd: string): string | null {
  if (isPluginPath(spec)) {
    const folder = resolve(cwd, spec);
    return existsSync(join(folder, 'package.json')) ? folder : null;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const folder = join(dir, 'node_modules', spec);
    if (existsSync(join(folder, 'package.json'))) return folder;
    if (dirname(dir) === dir) return null;
  }
}

function readManifest(pkg: Record<string, unknown>, file: string, problems: string[]): Manifest | null {
  const kefu = pkg.kefu;
  if (kefu === null || typeof kefu !== 'object' || Array.isArray(kefu)) {
    problems.push(`${file}: /kefu: missing; a plugin declares { "kefu": { "apiVersion": ${PLUGIN_API_VERSION}, "nodes": [...] } }`);
    return null;
  }
  const manifest = kefu as Record<string, unknown>;
  const before = problems.length;
  if (manifest.apiVersion !== PLUGIN_API_VERSION) {
    problems.push(`${file}: /kefu/apiVersion: is ${JSON.stringify(manifest.apiVersion)}; this Kefu runs plugin API version ${PLUGIN_API_VERSION}`);
  }
  const nodes = manifest.nodes;
  if (!Array.isArray(nodes) || nodes.length === 0) {
    problems.push(`${file}: /kefu/nodes: must list the plugin's node folders, e.g. ["order-status"]`);
  } else {
    nodes.forEach((node, index) => {
      if (typeof node !== 'string' || !NAME.test(node)) problems.push(`${file}: /kefu/nodes/${index}: "${String(node)}" is not a node name (lower-case letters, digits and dashes)`);
      else if (nodes.indexOf(node) !== index) problems.push(`${file}: /kefu/nodes/${index}: "${node}" is listed twice`);
    });
  }
  const namespace = manifest.namespace ?? defaultNamespace(pkg.name);
  if (typeof namespace !== 'string' || !NAME.test(namespace)) {
    problems.push(`${file}: /kefu/namespace: "${String(namespace)}" is not a namespace (lower-case letters, digits and dashes; set kefu.namespace)`);
  }
  const nodesDir = manifest.nodesDir ?? 'nodes';
  if (typeof nodesDir !== 'string' || isAbsolute(nodesDir) || nodesDir.split(/[\\/]/).includes('..')) {
    problems.push(`${file}: /kefu/nodesDir: must be a folder inside the package`);
  }
  const known = new Set(['apiVersion', 'nodes', 'namespace', 'nodesDir']);
  for (const key of Object.keys(manifest)) if (!known.has(key)) problems.push(`${file}: /kefu/${key}: unknown manifest field (known: ${[...known].join(', ')})`);
  if (problems.length > before) return null;
  return { namespace: namespace as string, nodesDir: nodesDir as string, nodes: nodes as string[] };
}

/** `@acme/kefu-nodes` → `acme`; an unscoped package's name itself. */
function defaultNamespace(name: unknown): unknown {
  if (typeof name !== 'string') return undefined;
  const scoped = /^@([^/]+)\//.exec(name);
  return scoped ? scoped[1] : name;
}

async function loadNode(folder: string, type: string, source: string, where: string, problems: string[]): Promise<LoadedNode | null> {
  const files = { schema: join(folder, 'config.schema.json'), definition: join(folder, 'definition.js'), executor: join(folder, 'executor.js') };
  const missing = Object.values(files).filter((file) => !existsSync(file));
  if (missing.length > 0) {
    problems.push(`${where}: ${missing.join(', ')} not found (a node folder holds config.schema.json, definition.js and executor.js)`);
    return null;
  }
  const schema = await readJson(files.schema, problems);
  const definition = await importDefault(files.definition, problems);
  const run = await importDefault(files.executor, problems);
  if (schema === null || definition === undefined || run === undefined) return null;
  const before = problems.length;
  if (definition === null || typeof definition !== 'object') {
    problems.push(`${files.definition}: the default export must be the node's definition object`);
    return null;
  }
  const declared = definition as Record<string, unknown>;
  if (declared.configSchema !== undefined && canonicalJson(declared.configSchema) !== canonicalJson(schema)) {
    problems.push(`${files.definition}: /configSchema: differs from config.schema.json (leave it out, or import that file)`);
  }
  const { source: _ignored, ...rest } = declared;
  const entry = { ...rest, configSchema: schema as JsonSchema } as unknown as NodeCatalogEntry;
  for (const problem of validateNodeDefinition(entry).problems) {
    // The config schema comes from its own file: point there.
    const inSchema = problem.path === '/configSchema' || problem.path.startsWith('/configSchema/');
    problems.push(inSchema ? `${files.schema}: ${problem.path.slice('/configSchema'.length) || '/'}: ${problem.message}` : `${files.definition}: ${problem.path || '/'}: ${problem.message}`);
  }
  if (entry.type !== type) problems.push(`${files.definition}: /type: is "${String(entry.type)}"; this folder must define "${type}"`);
  const fn = executorFunction(run);
  if (fn === null) problems.push(`${files.executor}: the default export must be a function (ctx, config) => result, or defineExecutor(...)`);
  if (problems.length > before || fn === null) return null;
  const frozen: NodeCatalogEntry = Object.freeze({ ...entry, source });
  return { entry: frozen, executor: Object.freeze({ type, typeVersion: frozen.typeVersion, definition: frozen, run: fn }) };
}

type RunFunction = (ctx: NodeContext, config: unknown) => NodeResult | Promise<NodeResult>;

function executorFunction(value: unknown): RunFunction | null {
  if (typeof value === 'function') return value as RunFunction;
  if (value !== null && typeof value === 'object' && typeof (value as { run?: unknown }).run === 'function') {
    const executor = value as { run: RunFunction };
    return (ctx, config) => executor.run(ctx, config);
  }
  return null;
}

async function readJson(file: string, problems: string[]): Promise<Record<string, unknown> | null> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push(`${file}: /: must be a JSON object`);
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return null;
}

/** The module's default export; `undefined` (and a problem) when it cannot be imported. */
async function importDefault(file: string, problems: string[]): Promise<unknown> {
  try {
    const module = (await import(pathToFileURL(file).href)) as { default?: unknown };
    if (module.default === undefined) problems.push(`${file}: has no default export`);
    return module.default;
  } catch (error) {
    problems.push(`${file}: cannot be loaded: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
