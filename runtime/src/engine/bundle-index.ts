import type { BundleDocument, FlowDocument, FlowEdge, FlowNode } from '@kefu/schemas';

interface FlowIndex {
  flow: FlowDocument;
  nodes: Map<string, FlowNode>;
  /** Edges by `${source}\u0000${sourcePort}`. */
  edges: Map<string, FlowEdge>;
}

// Bundles are immutable once published; index each one once, keyed by identity.
const cache = new WeakMap<BundleDocument, Map<string, FlowIndex>>();

function indexBundle(bundle: BundleDocument): Map<string, FlowIndex> {
  let flows = cache.get(bundle);
  if (!flows) {
    flows = new Map();
    for (const flow of bundle.flows) {
      flows.set(flow.id, {
        flow,
        nodes: new Map(flow.nodes.map((n) => [n.id, n])),
        edges: new Map(flow.edges.map((e) => [`${e.source}\u0000${e.sourcePort}`, e])),
      });
    }
    cache.set(bundle, flows);
  }
  return flows;
}

/** Lookups into a bundle's flows, nodes and edges. */
export const bundleIndex = {
  flow(bundle: BundleDocument, flowId: string): FlowDocument | undefined {
    return indexBundle(bundle).get(flowId)?.flow;
  },
  node(bundle: BundleDocument, flowId: string, nodeId: string): FlowNode | undefined {
    return indexBundle(bundle).get(flowId)?.nodes.get(nodeId);
  },
  edge(bundle: BundleDocument, flowId: string, nodeId: string, port: string): FlowEdge | undefined {
    return indexBundle(bundle).get(flowId)?.edges.get(`${nodeId}\u0000${port}`);
  },
};
