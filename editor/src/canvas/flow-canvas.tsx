import type { FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import { ReactFlow, type NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useCallback, useMemo } from 'react';
import { CANVAS_PROPS, CanvasChrome } from './canvas-chrome';
import { nodeTypes } from './node-types';
import { toReactFlow, type KefuFlowNode } from './to-react-flow';

interface FlowCanvasProps {
  document: FlowDocument;
  catalog: readonly NodeCatalogEntry[];
  onSelectNode(nodeId: string | null): void;
}

/** The read-only canvas of one flow: nodes where the document puts them, edges from their ports. */
export function FlowCanvas({ document, catalog, onSelectNode }: FlowCanvasProps) {
  const { nodes, edges } = useMemo(() => toReactFlow(document, catalog), [document, catalog]);
  const handleNodeClick = useCallback<NodeMouseHandler<KefuFlowNode>>((_event, node) => onSelectNode(node.id), [onSelectNode]);
  const handlePaneClick = useCallback(() => onSelectNode(null), [onSelectNode]);

  return (
    <div className="flow-canvas" data-testid="flow-canvas">
      <ReactFlow<KefuFlowNode>
        defaultNodes={nodes}
        defaultEdges={edges}
        nodeTypes={nodeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        elementsSelectable
        onNodeClick={handleNodeClick}
        onPaneClick={handlePaneClick}
        fitView
        minZoom={0.2}
        {...CANVAS_PROPS}
      >
        <CanvasChrome />
      </ReactFlow>
    </div>
  );
}
