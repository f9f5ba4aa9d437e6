/**
 * The parts of a (possibly invalid) flow document that semantic checks can use.
 * Validation reports schema errors first, then runs every semantic check it can on
 * the well-formed parts: a node with a bad position still gets its edges checked.
 */
export interface NodeShape {
  index: number;
  id: string;
  type: string | null;
  typeVersion: number | null;
  config: unknown;
}

export interface EdgeShape {
  index: number;
  id: string | null;
  source: string | null;
  sourcePort: string | null;
  target: string | null;
}

export interface FlowShape {
  id: string | null;
  startNodeId: string | null;
  variables: { index: number; name: string }[];
  nodes: NodeShape[];
  edges: EdgeShape[];
}

export function readFlowShape(doc: unknown): FlowShape {
  const flow = isRecord(doc) ? doc : {};
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const nodes: NodeShape[] = [];
  list(flow.nodes).forEach((node, index) => {
    if (!isRecord(node) || typeof node.id !== 'string') return;
    nodes.push({
      index,
      id: node.id,
      type: typeof node.type === 'string' ? node.type : null,
      typeVersion: Number.isInteger(node.typeVersion) ? (node.typeVersion as number) : null,
      config: node.config,
    });
  });
  const edges: EdgeShape[] = [];
  list(flow.edges).forEach((edge, index) => {
    if (!isRecord(edge)) return;
    edges.push({ index, id: str(edge.id), source: str(edge.source), sourcePort: str(edge.sourcePort), target: str(edge.target) });
  });
  const variables: FlowShape['variables'] = [];
  list(flow.variables).forEach((variable, index) => {
    if (isRecord(variable) && typeof variable.name === 'string') variables.push({ index, name: variable.name });
  });
  return { id: str(flow.id), startNodeId: str(flow.startNodeId), variables, nodes, edges };
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
