import { ERROR_PORT, type NodeCatalogEntry } from '../catalog.js';
import { pointerSegment } from './problem.js';

export interface PortInstance {
  name: string;
  optional: boolean;
  /** For a dynamic port: where its name is in the config, e.g. `/branches/1/id`. */
  pointer?: string;
}

/**
 * The output ports of one node: the type's static ports, the ports its config
 * declares (`dynamicPorts`, e.g. one per `condition` branch) and the implicit,
 * optional `error` port. Terminal nodes have none. A dynamic port name repeated in the
 * config is listed each time, so the checker can report the repeat.
 */
export function nodePorts(entry: NodeCatalogEntry, config: unknown): PortInstance[] {
  if (entry.terminal === true) return [];
  const ports: PortInstance[] = entry.ports.map((port) => ({ name: port.name, optional: port.optional === true }));
  const dynamic = entry.dynamicPorts;
  if (dynamic !== undefined) {
    const items = readPointer(config, dynamic.from);
    if (Array.isArray(items)) {
      items.forEach((item: unknown, i) => {
        if (item === null || typeof item !== 'object' || Array.isArray(item)) return;
        const name: unknown = (item as Record<string, unknown>)[dynamic.key];
        if (typeof name !== 'string' || name === '') return;
        ports.push({ name, optional: dynamic.optional === true, pointer: `${dynamic.from}/${i}/${pointerSegment(dynamic.key)}` });
      });
    }
  }
  if (!ports.some((port) => port.name === ERROR_PORT)) ports.push({ name: ERROR_PORT, optional: true });
  return ports;
}

function readPointer(value: unknown, pointer: string): unknown {
  let current = value;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
