import type { FlowDocument, Problem } from '@kefu/schemas';

/** Where clicking a problem goes: its node and, for config problems, the field inside the config. */
export function problemTarget(problem: Problem, document: FlowDocument): { nodeId: string; field: string | null } | null {
  const match = /^\/nodes\/(\d+)(?:\/config(\/.*)?)?/.exec(problem.path);
  const nodeId = problem.nodeId ?? (match ? document.nodes[Number(match[1])]?.id : undefined);
  if (nodeId === undefined) return null;
  const field = match && problem.path.startsWith(`/nodes/${match[1]}/config`) ? (match[2] ?? '') : null;
  return { nodeId, field: field === '' ? null : field };
}
