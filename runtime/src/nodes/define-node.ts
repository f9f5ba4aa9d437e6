import type { NodeCatalogEntry } from '@kefu/schemas';

/**
 * A node type's isomorphic description (the catalog entry) tagged with the type of
 * its config. `Config` exists only at compile time: it lets `defineExecutor` hand the
 * executor a typed config without casts. Definitions are plain data, safe to import
 * from the editor as well as the runtime.
 */
export type NodeDefinition<Config = unknown> = NodeCatalogEntry & {
  /** Phantom marker carrying the config type; never set at run time. */
  readonly __config?: Config;
};

/**
 * Declares a node type. Built-in types pass `source: 'builtin'` implicitly; plugins
 * pass their package name. The entry is frozen so no caller can mutate the catalog.
 */
export function defineNode<Config>(entry: NodeCatalogEntry): NodeDefinition<Config> {
  return Object.freeze({ source: 'builtin', ...entry });
}
