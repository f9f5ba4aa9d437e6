/**
 * The outgoing ports a node shows on the canvas: the type's static ports, the ports
 * its config creates (e.g. one per condition branch), the implicit `error` port when
 * something is connected to it, and any port an edge uses that the type does not know
 * (so a broken document still draws every edge).
 */
import type { FlowDocument, LocalizedText, NodeCatalogEntry } from '@kefu/schemas';

/** Same as ERROR_PORT of @kefu/schemas; restated because the console imports only types from there. */
export const ERROR_PORT = 'error';

/** How the implicit failure port is labelled on a card. */
export const ERROR_PORT_VIEW: PortView = { name: ERROR_PORT, title: { en: 'Error', 'zh-CN': '出错' } };

export interface PortView {
  name: string;
  title: LocalizedText | null;
  /** True for a port the node type does not declare. */
  unknown?: boolean;
}

type FlowNode = FlowDocument['nodes'][number];

/** Resolves an RFC 6901 JSON Pointer inside `root`; undefined when any step is missing. */
function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function dynamicPorts(entry: NodeCatalogEntry, config: Record<string, unknown>): PortView[] {
  const spec = entry.dynamicPorts;
  if (!spec) return [];
  const items = resolvePointer(config, spec.from);
  if (!Array.isArray(items)) return [];
  return items.flatMap((item): PortView[] => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const name = record[spec.key];
    if (typeof name !== 'string') return [];
    const label = spec.labelKey ? record[spec.labelKey] : undefined;
    const text = typeof label === 'string' && label.trim() ? label : name;
    return [{ name, title: { en: text, 'zh-CN': text } }];
  });
}

export function nodePorts(node: FlowNode, entry: NodeCatalogEntry | undefined, usedPorts: ReadonlySet<string>): PortView[] {
  const ports: PortView[] = entry
    ? [...dynamicPorts(entry, node.config), ...entry.ports.map(({ name, title }) => ({ name, title }))]
    : [];
  const known = new Set(ports.map((port) => port.name));
  if (usedPorts.has(ERROR_PORT) && !known.has(ERROR_PORT)) {
    ports.push(ERROR_PORT_VIEW);
    known.add(ERROR_PORT);
  }
  for (const name of usedPorts) if (!known.has(name)) ports.push({ name, title: null, unknown: true });
  return ports;
}
