import type { FlowDocument } from '@kefu/schemas';

/** One row of a flow list: enough to choose a flow without loading its graph. */
export interface FlowSummary {
  id: string;
  name: string;
  locale: string;
  description: string | null;
  nodeCount: number;
  edgeCount: number;
}

export function summarizeFlow(flow: FlowDocument): FlowSummary {
  return {
    id: flow.id,
    name: flow.name,
    locale: flow.locale,
    description: flow.description ?? null,
    nodeCount: flow.nodes.length,
    edgeCount: flow.edges.length,
  };
}
