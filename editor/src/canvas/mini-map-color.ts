import type { KefuFlowNode } from './to-react-flow';

const CATEGORY_COLORS: Record<string, string> = {
  flow: '#16a34a',
  message: '#2563eb',
  input: '#7c3aed',
  logic: '#d97706',
  knowledge: '#0d9488',
  handoff: '#e11d48',
  integration: '#475569',
};

/** A node's colour on the minimap: its category's, so the overview reads like the canvas. */
export function miniMapColor(node: KefuFlowNode): string {
  return CATEGORY_COLORS[node.data.category ?? ''] ?? '#94a3b8';
}
