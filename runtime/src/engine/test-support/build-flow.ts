import { DEFAULT_SETTINGS, type BundleDocument, type BundleSettings, type FlowDocument, type Locale } from '@kefu/schemas';
import type { Logger } from '../types.js';

type NodeSpec = [id: string, type: string, config?: Record<string, unknown>];
type EdgeSpec = [source: string, port: string, target: string];

/** A compact way to write flows in engine tests: nodes as tuples, edges as `[source, port, target]`. */
export function buildFlow(
  id: string,
  nodes: NodeSpec[],
  edges: EdgeSpec[],
  options: { locale?: Locale; variables?: FlowDocument['variables'] } = {},
): FlowDocument {
  return {
    schemaVersion: 1,
    id,
    name: id,
    locale: options.locale ?? 'en',
    variables: options.variables ?? [],
    startNodeId: nodes[0]![0],
    nodes: nodes.map(([nodeId, type, config], i) => ({
      id: nodeId,
      type,
      typeVersion: 1,
      position: { x: i * 250, y: 0 },
      config: config ?? {},
    })),
    edges: edges.map(([source, sourcePort, target], i) => ({ id: `e${i + 1}`, source, sourcePort, target })),
  };
}

export function buildBundle(flows: FlowDocument[], settings: Partial<BundleSettings> = {}): BundleDocument {
  return {
    flows,
    settings: { ...DEFAULT_SETTINGS, entryFlows: { en: flows[0]!.id }, ...settings },
    catalog: {},
  };
}

export interface RecordedLog {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object;
  msg: string | undefined;
}

/** A logger that remembers what it was told, for assertions. */
export function recordingLogger(): Logger & { records: RecordedLog[] } {
  const records: RecordedLog[] = [];
  const at = (level: RecordedLog['level']) => (obj: object, msg?: string) => {
    records.push({ level, obj, msg });
  };
  return { records, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
