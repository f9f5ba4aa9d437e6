import { Background, Controls, MiniMap, type DefaultEdgeOptions, type ProOptions } from '@xyflow/react';
import { miniMapColor } from './mini-map-color';
import type { KefuFlowNode } from './to-react-flow';

/** Props every Kefu canvas (read-only or editable) gives React Flow; module scope, so never a new object. */
export const CANVAS_PROPS: { proOptions: ProOptions; defaultEdgeOptions: DefaultEdgeOptions; fitViewOptions: { padding: number; maxZoom: number } } = {
  proOptions: { hideAttribution: true },
  defaultEdgeOptions: { type: 'smoothstep' },
  fitViewOptions: { padding: 0.15, maxZoom: 1.1 },
};

/** The grid, the minimap (coloured by category) and the zoom controls of every canvas. */
export function CanvasChrome() {
  return (
    <>
      <Background gap={20} size={1} color="#d7dce3" />
      <MiniMap<KefuFlowNode> nodeColor={miniMapColor} pannable zoomable />
      <Controls showInteractive={false} />
    </>
  );
}
