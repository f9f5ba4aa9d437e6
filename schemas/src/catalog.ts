/**
 * The isomorphic, serialisable description of a node type: what the editor shows
 * in its palette and forms, and what the semantic checker needs. Executors are not
 * part of it (they are server-only, in the runtime).
 */
export type Locale = 'en' | 'zh-CN';
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** Text shown to staff, in every console language. */
export type LocalizedText = Record<Locale, string>;

export type NodeCategory = 'flow' | 'message' | 'input' | 'logic' | 'knowledge' | 'handoff' | 'integration';

export interface PortSpec {
  /** Port name used in edges' `sourcePort`. */
  name: string;
  title: LocalizedText;
  /**
   * An optional port may be left unconnected: when the node leaves through it and
   * no edge exists, the conversation's current flow ends there (a sub-flow returns).
   * A required port without an edge is a publish-blocking error.
   */
  optional?: boolean;
}

/** Ports that come from the node's config, e.g. one port per branch of `condition`. */
export interface DynamicPortSpec {
  /** JSON Pointer into the config, to an array of objects. */
  from: string;
  /** Property of each item that names the port. */
  key: string;
  /** Property of each item shown as the port's title. */
  labelKey?: string;
  optional?: boolean;
}

/** A JSON Schema object (draft 2020-12). Editor hints live under `x-ui`. */
export type JsonSchema = { [key: string]: unknown };

/**
 * Editor and checker hints on a config property, under the `x-ui` key:
 * - `template`: a string with `{{ expression }}` placeholders,
 * - `expression`: an expression of the safe language,
 * - `variable`: the name of a declared flow variable that the node writes,
 * - `flow`: the id of another flow in the bundle,
 * - `multiline`, `hidden`, `order`, `help` (LocalizedText) for forms.
 */
export interface UiHints {
  widget?: 'template' | 'expression' | 'variable' | 'flow' | 'multiline' | 'hidden';
  order?: string[];
  help?: LocalizedText;
}

export interface NodeCatalogEntry {
  type: string;
  typeVersion: number;
  title: LocalizedText;
  description?: LocalizedText;
  category: NodeCategory;
  /** An icon name from the editor's icon set. */
  icon: string;
  /** Static ports. Every node also has the implicit, optional `error` port. */
  ports: PortSpec[];
  dynamicPorts?: DynamicPortSpec;
  /** True when the node stops the turn to wait for the customer (cycle check). */
  waitsForInput: boolean;
  /** True for nodes that end the flow and have no outgoing ports (`end`). */
  terminal?: boolean;
  configSchema: JsonSchema;
  /** Where the type comes from: `builtin` or the plugin package name. */
  source?: string;
}

/** The implicit failure port every node has. */
export const ERROR_PORT = 'error';
