import {
  applyNodeChanges,
  ConnectionLineType,
  ReactFlow,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../canvas/canvas.css';
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react';
import { CANVAS_PROPS, CanvasChrome } from '../canvas/canvas-chrome';
import { nodeTypes } from '../canvas/node-types';
import { toReactFlow, type KefuFlowNode } from '../canvas/to-react-flow';
import { addNode, connect, createNode, moveNodes } from './changes';
import { decorateGraph, problemCounts, reconcileNodes } from './editor-nodes';
import { useFlowEditor } from './flow-editor-context';
import { PALETTE_MIME } from './palette';

const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
/** A dropped card is placed so the pointer holds it by its header, as it was held in the palette. */
const DROP_GRIP = { x: 100, y: 20 };

/** The node under the pointer when a connection is dropped on a card rather than on its input handle. */
function nodeIdAt(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY)?.closest('.react-flow__node');
  return element?.getAttribute('data-id') ?? null;
}

/** The editable canvas: nodes where the document puts them; every gesture becomes a document change. */
export function EditorCanvas({ onEdgeSelection }: { onEdgeSelection(edgeIds: ReadonlySet<string>): void }) {
  const editor = useFlowEditor();
  const { document: flow, catalog, selection, problems, highlighted, focus, apply, select } = editor;
  const { screenToFlowPosition, setCenter, getInternalNode } = useReactFlow<KefuFlowNode>();
  const counts = useMemo(() => problemCounts(problems), [problems]);
  const base = useMemo(() => toReactFlow(flow, catalog), [flow, catalog]);
  const graph = useMemo(() => decorateGraph(base, selection, counts, highlighted), [base, selection, counts, highlighted]);
  const [nodes, setNodes] = useState(graph.nodes);
  useEffect(() => setNodes((previous) => reconcileNodes(graph.nodes, previous)), [graph.nodes]);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(new Set());
  const edges = useMemo(() => graph.edges.map((edge) => ({ ...edge, selected: selectedEdges.has(edge.id) })), [graph.edges, selectedEdges]);

  const onNodesChange = useCallback((changes: NodeChange<KefuFlowNode>[]) => setNodes((current) => applyNodeChanges(changes, current)), []);
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const selects = changes.filter((change) => change.type === 'select');
      if (selects.length === 0) return;
      setSelectedEdges((current) => {
        const next = new Set(current);
        for (const change of selects) if (change.selected) next.add(change.id);
        else next.delete(change.id);
        return next;
      });
    },
    [],
  );
  useEffect(() => onEdgeSelection(selectedEdges), [selectedEdges, onEdgeSelection]);
  const onSelectionChange = useCallback(({ nodes: picked }: OnSelectionChangeParams) => select(picked.map((node) => node.id)), [select]);
  const onNodeDragStop = useCallback(
    (_event: unknown, _node: KefuFlowNode, dragged: KefuFlowNode[]) => apply(moveNodes(new Map(dragged.map((node) => [node.id, node.position])))),
    [apply],
  );
  const onConnect = useCallback(
    (connection: Connection) => {
      if (connection.sourceHandle && connection.target !== connection.source) apply(connect(connection.source, connection.sourceHandle, connection.target));
    },
    [apply],
  );
  // Dropping a connection anywhere on a card connects to that card.
  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || state.fromHandle?.type !== 'source' || !state.fromNode || !state.fromHandle.id) return;
      const target = nodeIdAt(event);
      if (target && target !== state.fromNode.id && target !== flow.startNodeId) apply(connect(state.fromNode.id, state.fromHandle.id, target));
    },
    [apply, flow.startNodeId],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);
  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_MIME);
      const entry = catalog.find((candidate) => candidate.type === type);
      if (!entry) return;
      event.preventDefault();
      const point = screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const node = createNode(entry, { x: point.x - DROP_GRIP.x, y: point.y - DROP_GRIP.y }, new Set(flow.nodes.map((existing) => existing.id)));
      apply(addNode(node));
      select([node.id]);
    },
    [catalog, flow.nodes, screenToFlowPosition, apply, select],
  );

  // Another panel asked to show a node (a problem, the find box, the simulator).
  useEffect(() => {
    if (!focus) return;
    const internal = getInternalNode(focus.nodeId);
    if (!internal) return;
    const { x, y } = internal.internals.positionAbsolute;
    void setCenter(x + (internal.measured.width ?? 0) / 2, y + (internal.measured.height ?? 0) / 2, { zoom: 1.1, duration: 300 });
  }, [focus, getInternalNode, setCenter]);

  return (
    <div className="flow-canvas flow-canvas--editable" data-testid="flow-canvas" onDragOver={onDragOver} onDrop={onDrop}>
      <ReactFlow<KefuFlowNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        selectionKeyCode="Shift"
        connectionLineType={ConnectionLineType.SmoothStep}
        fitView
        minZoom={0.1}
        onlyRenderVisibleElements
        {...CANVAS_PROPS}
      >
        <CanvasChrome />
      </ReactFlow>
    </div>
  );
}
