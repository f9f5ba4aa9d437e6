/**
 * A generated flow of `count` nodes for `npm run bench:editor`: a start node, then a
 * chain of message → ask (a yes/no choice) → condition blocks whose two branches both
 * lead on, and an end node. Valid by construction (the bench checks it).
 */
import type { FlowDocument, FlowEdge, FlowNode } from '@kefu/schemas';

const COLUMNS = 25;

function position(index: number): { x: number; y: number } {
  return { x: (index % COLUMNS) * 280, y: Math.floor(index / COLUMNS) * 200 };
}

function blockNode(index: number, id: string): FlowNode {
  const at = position(index);
  switch (index % 3) {
    case 1:
      return { id, type: 'message', typeVersion: 1, position: at, config: { text: `Step ${index}: here is some information.` } };
    case 2:
      return {
        id,
        type: 'ask',
        typeVersion: 1,
        position: at,
        config: {
          prompt: `Question ${index}: shall we go on?`,
          variable: 'answer',
          validation: { kind: 'choice', choices: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }] },
        },
      };
    default:
      return { id, type: 'condition', typeVersion: 1, position: at, config: { branches: [{ id: 'yes', when: "vars.answer == 'yes'" }] } };
  }
}

/** The ports by which a block node leaves for the next one. */
function exits(node: FlowNode): string[] {
  if (node.type === 'ask') return ['answered'];
  if (node.type === 'condition') return ['yes', 'else'];
  return ['next'];
}

export function generatedFlow(id: string, count: number): FlowDocument {
  const nodes: FlowNode[] = [{ id: 'start', type: 'start', typeVersion: 1, position: position(0), config: {} }];
  for (let index = 1; index < count - 1; index += 1) nodes.push(blockNode(index, `n${index}`));
  nodes.push({ id: 'finish', type: 'end', typeVersion: 1, position: position(count - 1), config: { message: 'Done' } });
  const edges: FlowEdge[] = [];
  for (let index = 0; index < nodes.length - 1; index += 1) {
    const source = nodes[index];
    const target = nodes[index + 1];
    if (!source || !target) continue;
    for (const port of exits(source)) edges.push({ id: `e${edges.length + 1}`, source: source.id, sourcePort: port, target: target.id });
  }
  return {
    schemaVersion: 1,
    id,
    name: `Generated ${count}-node flow`,
    locale: 'en',
    variables: [{ name: 'answer', type: 'string' }],
    startNodeId: 'start',
    nodes,
    edges,
  } as FlowDocument;
}
